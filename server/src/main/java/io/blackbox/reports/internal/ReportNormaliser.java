package io.blackbox.reports.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.linking.Contacts;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.reports.ReportContent;
import io.blackbox.reports.ReportSubmission;
import io.blackbox.reports.ReportsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a submission field by field and normalises it: names through the engine's name normaliser,
 * addresses, phones (E.164), e-mails and domains through the engine's contact normalisers, countries
 * to ISO codes, classifications against the packaged reference data. Every problem is collected with
 * the field it belongs to, so a bulk row reports all its problems at once. Thread-safe.
 */
@Component
public final class ReportNormaliser {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 1_000;
    static final int MAX_VALUES = 50;

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("mail", "email"),
            Map.entry("web-form", "web-form"), Map.entry("webform", "web-form"), Map.entry("web", "web-form"),
            Map.entry("trade-fair", "trade-fair"), Map.entry("fair", "trade-fair"), Map.entry("tradefair", "trade-fair"),
            Map.entry("phone", "phone"), Map.entry("telephone", "phone"),
            Map.entry("distributor", "distributor"));
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("declined", "declined"), Map.entry("referred", "referred"),
            Map.entry("referred-to-authorities", "referred"), Map.entry("licence-denied", "licence-denied"),
            Map.entry("license-denied", "licence-denied"), Map.entry("pending", "pending"));

    private final ReferenceData reference;
    private final ReportsProperties properties;
    private final Clock clock;
    private final NameNormalizer names = NameNormalizer.getDefault();

    @Autowired
    ReportNormaliser(ReferenceData reference, ReportsProperties properties) {
        this(reference, properties, Clock.systemUTC());
    }

    static final int MAX_REMEMBERED_NAMES = 200_000;

    public ReportNormaliser(ReferenceData reference, ReportsProperties properties, Clock clock) {
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    /** A field at fault and why. */
    public record Problem(String field, String message) {
    }

    /**
     * The outcome: either {@code content} (with what screening and search need) or problems.
     *
     * @param searchText normalised Latin names of every party, space-separated
     * @param queries    one screening query per party, with the party's field name
     */
    public record Outcome(ReportContent content, String searchText, List<String> countries,
                          Map<String, Query> queries, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Outcome normalise(ReportSubmission s) {
        return normalise(s, null);
    }

    /**
     * As {@link #normalise(ReportSubmission)}, remembering names already normalised in {@code latinNames}
     * (name as written to its Latin form): a bulk file names the same parties again and again. The map
     * must be thread-safe and belong to one job; it stops growing at {@value #MAX_REMEMBERED_NAMES} names.
     */
    public Outcome normalise(ReportSubmission s, java.util.concurrent.ConcurrentMap<String, String> latinNames) {
        List<Problem> problems = new ArrayList<>();
        LocalDate received = receivedAt(s.receivedAt(), problems);
        String channel = choice("channel", s.channel(), CHANNELS, "email, web-form, trade-fair, phone or distributor", problems);
        String action = choice("action", s.action(), ACTIONS, "declined, referred, licence-denied or pending", problems);
        Set<String> search = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Map<String, Query> queries = new java.util.LinkedHashMap<>();
        ReportContent.Party inquirer = null;
        if (s.inquirer() == null) {
            problems.add(new Problem("inquirer", "the inquiring party is missing"));
        } else {
            inquirer = party("inquirer", s.inquirer(), problems, search, countries, queries, latinNames);
        }
        if (s.persons().size() > MAX_VALUES) {
            problems.add(new Problem("persons", "at most " + MAX_VALUES + " persons per report"));
        }
        List<ReportContent.Party> persons = new ArrayList<>();
        for (int i = 0; i < Math.min(s.persons().size(), MAX_VALUES); i++) {
            ReportSubmission.Party p = s.persons().get(i);
            if (p != null) {
                persons.add(party("persons[" + i + "]", p, problems, search, countries, queries, latinNames));
            }
        }
        List<ReportContent.Item> items = new ArrayList<>();
        if (s.items().size() > MAX_VALUES) {
            problems.add(new Problem("items", "at most " + MAX_VALUES + " items per report"));
        }
        for (int i = 0; i < Math.min(s.items().size(), MAX_VALUES); i++) {
            if (s.items().get(i) != null) {
                items.add(item("items[" + i + "]", s.items().get(i), problems));
            }
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < s.redFlags().size(); i++) {
            String raw = s.redFlags().get(i);
            var code = reference.redFlag(raw);
            if (code.isEmpty()) {
                problems.add(new Problem("redFlags[" + i + "]", "unknown red-flag code '" + shorten(raw)
                        + "' (expected BIS-01 to BIS-" + String.format("%02d", reference.redFlags().size()) + ")"));
            } else if (!flags.contains(code.get())) {
                flags.add(code.get());
            }
        }
        String endUser = text("endUser", s.endUser(), MAX_SHORT, problems);
        String endUse = text("endUse", s.endUse(), MAX_TEXT, problems);
        String flagNotes = text("redFlagNotes", s.redFlagNotes(), MAX_TEXT, problems);
        String narrative = text("narrative", s.narrative(), MAX_TEXT, problems);
        text("reference", s.reference(), 200, problems);
        if (s.sharing() != null && !s.sharing().isBlank()) {
            try {
                io.blackbox.reports.Sharing.parse(s.sharing());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("sharing", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, null, List.of(), Map.of(), List.copyOf(problems));
        }
        ReportContent content = new ReportContent(received, channel, inquirer, persons, endUser, endUse, items,
                flags, flagNotes, action, narrative);
        return new Outcome(content, String.join(" ", search), List.copyOf(countries), queries, List.of());
    }

    private LocalDate receivedAt(String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(new Problem("receivedAt", "the day the inquiry arrived is missing (yyyy-mm-dd)"));
            return null;
        }
        String v = raw.strip();
        // a full timestamp is accepted and cut to its day
        if (v.length() > 10 && v.charAt(10) == 'T') {
            v = v.substring(0, 10);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v, STRICT_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("receivedAt", "'" + shorten(raw) + "' is not a real date in the form yyyy-mm-dd"));
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (d.isAfter(today.plusDays(1))) {
            problems.add(new Problem("receivedAt", d + " is in the future"));
            return null;
        }
        LocalDate earliest = today.minusDays(properties.earliestReceived().toDays());
        if (d.isBefore(earliest)) {
            problems.add(new Problem("receivedAt", d + " is before " + earliest + ", the earliest date accepted"));
            return null;
        }
        return d;
    }

    private static String choice(String field, String raw, Map<String, String> choices, String expected,
                                 List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(new Problem(field, field + " is missing (expected " + expected + ")"));
            return null;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        String v = choices.get(key);
        if (v == null) {
            problems.add(new Problem(field, "unknown " + field + " '" + shorten(raw) + "' (expected " + expected + ")"));
        }
        return v;
    }

    private ReportContent.Party party(String field, ReportSubmission.Party p, List<Problem> problems,
                                      Set<String> search, Set<String> countries, Map<String, Query> queries,
                                      java.util.concurrent.ConcurrentMap<String, String> latinNames) {
        String kind = p.kind() == null || p.kind().isBlank() ? "organisation" : p.kind().strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("organisation") && !kind.equals("organization") && !kind.equals("person")) {
            problems.add(new Problem(field + ".kind", "unknown kind '" + shorten(p.kind()) + "' (expected organisation or person)"));
        }
        kind = kind.equals("person") ? "person" : "organisation";
        String country = null;
        if (p.country() != null && !p.country().isBlank()) {
            country = Countries.toCode(p.country()).orElse(null);
            if (country == null) {
                problems.add(new Problem(field + ".country", "unknown country '" + shorten(p.country())
                        + "' (expected an ISO 3166 code or an English name)"));
            } else {
                countries.add(country);
            }
        }
        List<String> allNames = new ArrayList<>();
        if (p.name() != null && !p.name().isBlank()) {
            allNames.add(p.name().strip());
        }
        allNames.addAll(p.names());
        LinkedHashSet<String> latin = new LinkedHashSet<>();
        for (int i = 0; i < allNames.size(); i++) {
            String n = allNames.get(i);
            String f = i == 0 && p.name() != null && !p.name().isBlank() ? field + ".name" : field + ".names[" + (i - (p.name() == null || p.name().isBlank() ? 0 : 1)) + "]";
            try {
                latin.add(latinNames == null || latinNames.size() >= MAX_REMEMBERED_NAMES ? names.normalize(n).latin()
                        : latinNames.computeIfAbsent(n, k -> names.normalize(k).latin()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(f, "'" + shorten(n) + "' is not a usable name: " + e.getMessage()));
            }
        }
        LinkedHashSet<String> addresses = values(field + ".addresses", p.addresses(), Contacts::address, "address", problems);
        LinkedHashSet<String> emails = values(field + ".emails", p.emails(), Contacts::email, "e-mail address", problems);
        final String cc = country;
        LinkedHashSet<String> phones = values(field + ".phones", p.phones(), raw -> Contacts.phone(raw, cc), "phone number", problems);
        LinkedHashSet<String> domains = values(field + ".websites", p.websites(), Contacts::domain, "web site", problems);
        for (String e : emails) {
            domains.add(e.substring(e.indexOf('@') + 1));
        }
        LinkedHashSet<String> ids = values(field + ".identifiers", p.identifiers(), Contacts::identifier, "identifier", problems);
        if (latin.isEmpty() && emails.isEmpty() && phones.isEmpty() && domains.isEmpty() && ids.isEmpty()
                && problems.stream().noneMatch(x -> x.field().startsWith(field))) {
            problems.add(new Problem(field + ".name", "a name or at least one e-mail, phone, web site or identifier is needed"));
        }
        search.addAll(latin);
        if (!allNames.isEmpty()) {
            queries.put(field, new Query(allNames.stream().limit(5).toList(),
                    kind.equals("person") ? io.blackbox.engine.lists.Schema.PERSON : null,
                    country == null ? List.of() : List.of(country), List.of(), List.of()));
        }
        ReportContent.Normalised normalised = new ReportContent.Normalised(List.copyOf(latin), country,
                List.copyOf(addresses), List.copyOf(emails), List.copyOf(phones), List.copyOf(domains), List.copyOf(ids));
        return new ReportContent.Party(kind, p.name() == null ? null : p.name().strip(), p.names(),
                p.country() == null ? null : p.country().strip(), p.addresses(), p.emails(), p.phones(), p.websites(),
                p.identifiers(), normalised);
    }

    private static LinkedHashSet<String> values(String field, List<String> raw,
                                                java.util.function.Function<String, String> normaliser,
                                                String what, List<Problem> problems) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (raw.size() > MAX_VALUES) {
            problems.add(new Problem(field, "at most " + MAX_VALUES + " values"));
            return out;
        }
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            if (v.length() > MAX_SHORT) {
                problems.add(new Problem(field + "[" + i + "]", "longer than " + MAX_SHORT + " characters"));
                continue;
            }
            String n = normaliser.apply(v);
            if (n == null) {
                problems.add(new Problem(field + "[" + i + "]", "'" + shorten(v) + "' is not a valid " + what));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private ReportContent.Item item(String field, ReportSubmission.Item i, List<Problem> problems) {
        String description = text(field + ".description", i.description(), MAX_SHORT, problems);
        String eccn = null;
        String heading = null;
        if (i.eccn() != null && !i.eccn().isBlank()) {
            eccn = reference.eccn(i.eccn()).orElse(null);
            if (eccn == null) {
                problems.add(new Problem(field + ".eccn", "'" + shorten(i.eccn())
                        + "' is not an ECCN of the Commerce Control List (e.g. 2B001, 3A001.a, EAR99)"));
            } else {
                heading = reference.eccnHeading(eccn);
            }
        }
        String eu = null;
        if (i.euCode() != null && !i.euCode().isBlank()) {
            if (!reference.isEuDualUseCode(i.euCode())) {
                problems.add(new Problem(field + ".euCode", "'" + shorten(i.euCode())
                        + "' is not an EU dual-use code (e.g. 2B201, 1C010.b)"));
            } else {
                eu = i.euCode().strip().toUpperCase(Locale.ROOT).substring(0, 5) + i.euCode().strip().substring(5).toLowerCase(Locale.ROOT);
            }
        }
        String hs = null;
        if (i.hsCode() != null && !i.hsCode().isBlank()) {
            hs = i.hsCode().replaceAll("[\\s.]", "");
            if (!hs.matches("\\d{4,10}")) {
                problems.add(new Problem(field + ".hsCode", "'" + shorten(i.hsCode()) + "' is not an HS code (4 to 10 digits)"));
                hs = null;
            }
        }
        if (i.quantity() != null && i.quantity().signum() < 0) {
            problems.add(new Problem(field + ".quantity", "the quantity is negative"));
        }
        if (i.value() != null && i.value().signum() < 0) {
            problems.add(new Problem(field + ".value", "the value is negative"));
        }
        String currency = null;
        if (i.currency() != null && !i.currency().isBlank()) {
            currency = i.currency().strip().toUpperCase(Locale.ROOT);
            try {
                java.util.Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field + ".currency", "'" + shorten(i.currency()) + "' is not an ISO 4217 currency code"));
            }
        }
        if (description == null && eccn == null && eu == null && hs == null
                && problems.stream().noneMatch(p -> p.field().startsWith(field))) {
            problems.add(new Problem(field + ".description", "an item needs a description or a classification"));
        }
        return new ReportContent.Item(description, eccn, heading, eu, hs, strip(i.quantity()), strip(i.value()), currency);
    }

    private static BigDecimal strip(BigDecimal v) {
        // kept as given: stripTrailingZeros would turn 100 into 1E+2 in JSON
        return v;
    }

    private static String text(String field, String raw, int max, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            problems.add(new Problem(field, "longer than " + max + " characters"));
            return null;
        }
        return raw.strip();
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
