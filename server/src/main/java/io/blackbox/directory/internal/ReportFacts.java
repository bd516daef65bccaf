package io.blackbox.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blackbox.engine.linking.LinkRecord;
import io.blackbox.reports.ReportContent;
import io.blackbox.reports.ReportFeed;
import io.blackbox.reports.ReportView;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the directory keeps of one report: the inquirer's names and identifiers, items, red flags and
 * list hits. Never the reporter, its reference or the narrative.
 *
 * @param kind        organisation or person
 * @param names       every spelling as submitted
 * @param country     ISO alpha-2 of the inquirer
 * @param emails      lower-case e-mail addresses
 * @param phones      E.164 numbers
 * @param domains     web and corporate e-mail domains
 * @param websites    web sites as submitted
 * @param addresses   addresses as submitted
 * @param identifiers registration, tax and other ids
 * @param items       items sought
 * @param redFlags    BIS red-flag codes
 * @param listHits    restricted-list hits found when the report arrived
 * @param action      what the member did
 * @param channel     how the inquiry came
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFacts(String kind, List<String> names, String country, List<String> emails, List<String> phones,
                          List<String> domains, List<String> websites, List<String> addresses, List<String> identifiers,
                          List<Item> items, List<String> redFlags, List<Hit> listHits, String action, String channel) {

    /** Webmail domains are shared by strangers: the linking engine's list of them. */
    private static final Set<String> WEBMAIL = webmail();
    /** What an address key keeps apart: runs of anything but letters and digits become one space. */
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ReportFacts {
        names = orEmpty(names);
        emails = orEmpty(emails);
        phones = orEmpty(phones);
        domains = orEmpty(domains);
        websites = orEmpty(websites);
        addresses = orEmpty(addresses);
        identifiers = orEmpty(identifiers);
        items = items == null ? List.of() : List.copyOf(items);
        redFlags = orEmpty(redFlags);
        listHits = listHits == null ? List.of() : List.copyOf(listHits);
    }

    /** An item sought, with its export-control classification. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String description, String eccn, String eccnHeading, String euCode, String hsCode) {
    }

    /** A restricted-list hit of the inquiring party. */
    public record Hit(String entityId, String caption, double score, String band) {
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The facts of a pooled report's inquiring party. */
    public static ReportFacts of(ReportFeed.PooledReport report) {
        ReportContent c = report.content();
        ReportContent.Party p = c.inquirer();
        ReportContent.Normalised n = p.normalised() == null
                ? new ReportContent.Normalised(null, null, null, null, null, null, null) : p.normalised();
        Set<String> names = new LinkedHashSet<>();
        if (p.name() != null && !p.name().isBlank()) {
            names.add(p.name().strip());
        }
        p.names().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(names::add);
        List<Item> items = c.items().stream()
                .map(i -> new Item(i.description(), i.eccn(), i.eccnHeading(), i.euCode(), i.hsCode())).toList();
        List<Hit> hits = new ArrayList<>();
        for (ReportView.ListHit h : report.listHits()) {
            if ("inquirer".equals(h.party())) {
                hits.add(new Hit(h.entityId(), h.caption(), h.score(), h.band()));
            }
        }
        return new ReportFacts(p.kind(), List.copyOf(names), n.country() != null ? n.country() : p.country(),
                n.emails(), n.phones(), n.domains(), p.websites(), p.addresses(), n.identifiers().isEmpty()
                ? p.identifiers() : n.identifiers(), items, c.redFlags(), hits, c.action(), c.channel());
    }

    /** The record the linking engine compares. */
    public LinkRecord toLinkRecord(String id) {
        return new LinkRecord(id, names.isEmpty() ? null : names.getFirst(),
                addresses.isEmpty() ? null : addresses.getFirst(), country, join(emails), join(phones),
                join(websites.isEmpty() ? domains : websites), join(identifiers), null);
    }

    /** The identifiers other actors may share with this one, as {@code kind:value}. */
    public List<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        phones.forEach(v -> keys.add("phone:" + v));
        emails.forEach(v -> keys.add("email:" + v.toLowerCase(Locale.ROOT)));
        domains.stream().map(v -> v.toLowerCase(Locale.ROOT)).filter(v -> !WEBMAIL.contains(v))
                .forEach(v -> keys.add("domain:" + v));
        addresses.forEach(v -> keys.add("address:"
                + NOT_LETTER_OR_DIGIT.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()));
        identifiers.forEach(v -> keys.add("identifier:" + v));
        return List.copyOf(keys);
    }

    private static Set<String> webmail() {
        try (var in = LinkRecord.class.getResourceAsStream("webmail-domains.txt")) {
            if (in == null) {
                return Set.of();
            }
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String d = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!d.isEmpty()) {
                    out.add(d);
                }
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the webmail domains", e);
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(";", values);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ReportFacts fromJson(String json) {
        return JSON.readValue(json, ReportFacts.class);
    }

    /**
     * A report of an actor as {@code directory_actor_members} keeps it beside the others (migration V12): a JSON
     * array of {@code [report_id, reporter_key, sharing, status, received_on, keys, facts]}.
     */
    @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.ARRAY)
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"reportId", "reporterKey", "sharing", "status", "receivedOn", "keys",
            "facts"})
    public record Kept(java.util.UUID reportId, String reporterKey, String sharing, String status,
                       java.time.LocalDate receivedOn, List<String> keys, ReportFacts facts) {
    }

    /** The reports of one {@code directory_actor_members.reports} value, in its order. */
    public static List<Kept> fromKept(String json) {
        return List.of(JSON.readValue(json, Kept[].class));
    }
}
