package io.blackbox.bench.linking;

import io.blackbox.engine.linking.LinkRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a labelled procurement-network benchmark from the real SDN organisations. Each actor is an
 * SDN entity (its names and aliases, its listed address and country) that sends several inquiries to
 * different members; every member writes the inquiry down differently (alias or primary name, legal form
 * changed, typos, case, phone notation, missing fields). Actors come in networks that share a freight
 * forwarder (address and phone) for delivery; a few free-zone agents and virtual offices serve many
 * networks; many actors write from webmail. Benign look-alike firms carry similar or equal names with
 * their own contacts. Beyond the SDN's organisations (for the million-record speed run) further actors
 * are composed from SDN name tokens. Deterministic for a seed.
 */
public final class ProcurementGenerator {

    /**
     * @param seed            random seed
     * @param networks        number of procurement networks
     * @param minActors       actors per network, at least
     * @param maxActors       actors per network, at most
     * @param minInquiries    inquiries per actor, at least
     * @param maxInquiries    inquiries per actor, at most
     * @param lookalikeShare  share of actors that have a benign look-alike firm
     * @param agents          number of free-zone agents / virtual offices shared across networks
     * @param hubUse          how often inquiries quote hubs: 1.0 is the standard mix (a naive shared-key
     *                        linker scores about 0.66 pairwise F1), 2.0 the hard one
     */
    public record Settings(long seed, int networks, int minActors, int maxActors, int minInquiries, int maxInquiries,
                           double lookalikeShare, int agents, double hubUse) {

        public static Settings standard(long seed) {
            return new Settings(seed, 250, 2, 5, 2, 7, 0.3, 60, 1.0);
        }

        /** Twice the hub use of the standard mix: forwarders and agents on a fifth of all inquiries. */
        public static Settings hard(long seed) {
            return new Settings(seed, 250, 2, 5, 2, 7, 0.3, 60, 2.0);
        }

        /** About {@code reports} reports with the standard mix. */
        public static Settings sized(long seed, int reports) {
            int networks = Math.max(1, (int) Math.round(reports / 17.5));
            return new Settings(seed, networks, 2, 5, 2, 7, 0.3, Math.max(12, networks / 4), 1.0);
        }
    }

    private static final String[] WEBMAIL = {"gmail.com", "163.com", "yahoo.com", "hotmail.com", "mail.ru", "126.com",
            "outlook.com", "qq.com", "yandex.ru"};
    private static final String[] LEGAL = {"LLC", "FZE", "FZCO", "Co., Ltd.", "Ltd", "Limited", "GmbH", "Trading LLC",
            "JSC", "Company", "Group", "Co."};
    private static final String[] HUB_CITIES = {"Jebel Ali Free Zone, Dubai", "Sharjah Airport Free Zone",
            "Kowloon, Hong Kong", "Tsim Sha Tsui, Hong Kong", "Istanbul", "Kuala Lumpur", "Singapore", "Yerevan",
            "Almaty", "Shenzhen", "Tbilisi", "Bishkek"};
    private static final String[] HUB_COUNTRIES = {"AE", "AE", "HK", "HK", "TR", "MY", "SG", "AM", "KZ", "CN", "GE", "KG"};
    private static final String[] CALLING = {"971", "971", "852", "852", "90", "60", "65", "374", "7", "86", "995", "996"};

    private final Settings settings;
    private final java.util.Set<String> usedSlugs = new java.util.HashSet<>();

    public ProcurementGenerator(Settings settings) {
        this.settings = settings;
    }

    private record Contact(String address, String phone, String country, String callingCode) {
    }

    private record Actor(String key, String name, List<String> aliases, String address, String country,
                         List<String> emails, List<String> phones, String website, String identifier,
                         String callingCode) {
    }

    public Dataset generate(Path sdnDir) throws IOException {
        SplittableRandom rnd = new SplittableRandom(settings.seed());
        List<SdnEntities.Entity> pool = new ArrayList<>(SdnEntities.read(sdnDir));
        Collections.shuffle(pool, new java.util.Random(settings.seed()));
        List<String> tokens = new ArrayList<>();
        for (SdnEntities.Entity e : pool) {
            for (String t : e.name().split("[ ,.]+")) {
                // composed names need distinctive words, not "LIMITED" or "GMBH"
                if (t.length() >= 4 && t.chars().allMatch(Character::isLetter)
                        && !GENERIC.contains(t.toLowerCase(Locale.ROOT)) && !LEGAL_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                    tokens.add(t);
                }
            }
        }
        List<Contact> agents = new ArrayList<>();
        for (int a = 0; a < settings.agents(); a++) {
            int c = a % HUB_CITIES.length;
            agents.add(new Contact("Office " + (100 + rnd.nextInt(900)) + ", Business Centre " + (a + 1) + ", "
                    + HUB_CITIES[c], "+" + CALLING[c] + digits(rnd, 8), HUB_COUNTRIES[c], CALLING[c]));
        }
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        int next = 0;
        int actorCount = 0;
        for (int n = 0; n < settings.networks(); n++) {
            int c = rnd.nextInt(HUB_CITIES.length);
            Contact forwarder = new Contact("Warehouse " + (1 + rnd.nextInt(60)) + ", " + (tokens.get(rnd.nextInt(tokens.size())))
                    + " Logistics Park, " + HUB_CITIES[c], "+" + CALLING[c] + digits(rnd, 8), HUB_COUNTRIES[c], CALLING[c]);
            // a free-zone agent or virtual office serves a few networks, not all of them
            Contact agent = rnd.nextDouble() < Math.min(1, 0.2 * settings.hubUse()) ? agents.get(rnd.nextInt(agents.size())) : null;
            int actors = settings.minActors() + rnd.nextInt(settings.maxActors() - settings.minActors() + 1);
            for (int a = 0; a < actors; a++) {
                Actor actor = actor(pool, actorCount, tokens, rnd, "N" + n + "A" + a);
                actorCount++;
                int inquiries = settings.minInquiries() + rnd.nextInt(settings.maxInquiries() - settings.minInquiries() + 1);
                for (int q = 0; q < inquiries; q++) {
                    records.add(inquiry("r" + (next++), actor, forwarder, agent, rnd));
                    truth.add(actor.key());
                }
                if (rnd.nextDouble() < settings.lookalikeShare()) {
                    Actor benign = lookalike(actor, tokens, rnd, "B" + n + "A" + a);
                    int k = 1 + rnd.nextInt(3);
                    for (int q = 0; q < k; q++) {
                        records.add(inquiry("r" + (next++), benign, null, null, rnd));
                        truth.add(benign.key());
                    }
                }
            }
        }
        // shuffle rows so nothing can be learned from the order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(settings.seed() + 1));
        List<LinkRecord> shuffled = new ArrayList<>();
        List<String> shuffledTruth = new ArrayList<>();
        for (int i : order) {
            shuffled.add(records.get(i));
            shuffledTruth.add(truth.get(i));
        }
        return new Dataset("procurement-sdn" + (settings.hubUse() == 1.0 ? "" : "-hubs" + settings.hubUse()) + "-"
                + settings.seed(), shuffled, shuffledTruth);
    }

    private Actor actor(List<SdnEntities.Entity> pool, int i, List<String> tokens, SplittableRandom rnd, String key) {
        String name;
        List<String> aliases;
        String address;
        String country;
        if (i < pool.size()) {
            SdnEntities.Entity e = pool.get(i);
            name = e.name();
            aliases = e.aliases();
            address = e.addresses().isEmpty() ? null : e.addresses().get(0);
            country = e.countries().isEmpty() ? null : e.countries().get(0);
        } else {
            name = title(tokens.get(rnd.nextInt(tokens.size()))) + " " + title(tokens.get(rnd.nextInt(tokens.size())))
                    + " " + LEGAL[rnd.nextInt(LEGAL.length)];
            aliases = List.of();
            address = null;
            country = null;
        }
        int c = rnd.nextInt(HUB_CITIES.length);
        if (address == null) {
            address = (1 + rnd.nextInt(400)) + " " + title(tokens.get(rnd.nextInt(tokens.size()))) + " Street, "
                    + HUB_CITIES[c];
            country = HUB_COUNTRIES[c];
        }
        String slug = slug(name);
        // firms own their domains: a second firm whose words give the same domain picks another one
        if (!usedSlugs.add(slug)) {
            slug = slug + (usedSlugs.size() % 1000);
            usedSlugs.add(slug);
        }
        boolean corporate = rnd.nextDouble() < 0.55 && slug.length() >= 3;
        String domain = corporate ? slug + (rnd.nextBoolean() ? ".com" : "-" + (rnd.nextBoolean() ? "trade" : "tech") + ".net") : null;
        List<String> emails = new ArrayList<>();
        int ne = 1 + (rnd.nextDouble() < 0.3 ? 1 : 0);
        for (int k = 0; k < ne; k++) {
            String local = new String[] {"info", "sales", "purchase", "export", slug}[rnd.nextInt(5)];
            if (corporate && k == 0) {
                emails.add(local + "@" + domain);
            } else {
                emails.add(slug + (1000 + rnd.nextInt(9000)) + "@" + WEBMAIL[rnd.nextInt(WEBMAIL.length)]);
            }
        }
        List<String> phones = new ArrayList<>();
        int np = 1 + (rnd.nextDouble() < 0.3 ? 1 : 0);
        for (int k = 0; k < np; k++) {
            phones.add("+" + CALLING[c] + digits(rnd, 8));
        }
        String identifier = rnd.nextDouble() < 0.3 ? String.valueOf(100000000L + rnd.nextLong(899999999L)) : null;
        return new Actor(key, name, aliases, address, country, emails, phones, domain == null ? null : "www." + domain,
                identifier, CALLING[c]);
    }

    /** A benign firm with a similar or equal name and contacts of its own. */
    private Actor lookalike(Actor of, List<String> tokens, SplittableRandom rnd, String key) {
        String[] t = of.name().split(" ");
        String name;
        double r = rnd.nextDouble();
        if (r < 0.35) {
            // the same name with another legal form, in another country: the hard case
            name = stripLegal(of.name()) + " " + LEGAL[rnd.nextInt(LEGAL.length)];
        } else if (r < 0.7 && t.length > 1) {
            t[rnd.nextInt(t.length)] = tokens.get(rnd.nextInt(tokens.size())).toUpperCase(Locale.ROOT);
            name = String.join(" ", t);
        } else {
            name = t[0] + " " + tokens.get(rnd.nextInt(tokens.size())).toUpperCase(Locale.ROOT) + " "
                    + LEGAL[rnd.nextInt(LEGAL.length)];
        }
        Actor base = actor(List.of(), 0, tokens, rnd, key);
        return new Actor(key, name, List.of(), base.address(), base.country(), base.emails(), base.phones(),
                base.website(), base.identifier(), base.callingCode());
    }

    private LinkRecord inquiry(String id, Actor a, Contact forwarder, Contact agent, SplittableRandom rnd) {
        String name = a.aliases().isEmpty() || rnd.nextDouble() < 0.6 ? a.name() : a.aliases().get(rnd.nextInt(a.aliases().size()));
        name = noisyName(name, rnd);
        String address;
        String country = a.country();
        double r = rnd.nextDouble();
        boolean own = false;
        double h = settings.hubUse();
        if (forwarder != null && r < 0.10 * h) {
            address = forwarder.address();
            country = forwarder.country();
        } else if (agent != null && r < 0.12 * h) {
            address = agent.address();
            country = agent.country();
        } else if (r < 0.88) {
            address = noisyAddress(a.address(), rnd);
            own = true;
        } else {
            address = null;
        }
        String email = rnd.nextDouble() < 0.65 ? a.emails().get(rnd.nextInt(a.emails().size())) : null;
        String phone;
        r = rnd.nextDouble();
        if (forwarder != null && r < 0.08 * h) {
            phone = phoneNotation(forwarder.phone(), forwarder.callingCode(), rnd);
        } else if (agent != null && r < 0.09 * h) {
            phone = phoneNotation(agent.phone(), agent.callingCode(), rnd);
        } else if (r < 0.75) {
            phone = phoneNotation(a.phones().get(rnd.nextInt(a.phones().size())), a.callingCode(), rnd);
            own = true;
        } else {
            phone = null;
        }
        if (!own && email == null && rnd.nextDouble() < 0.7) {
            email = a.emails().get(0);
        }
        if (email != null && rnd.nextDouble() < 0.15) {
            email = email.toUpperCase(Locale.ROOT);
        }
        String website = a.website() != null && rnd.nextDouble() < 0.3 ? a.website() : null;
        String identifier = a.identifier() != null && rnd.nextDouble() < 0.4 ? a.identifier() : null;
        if (rnd.nextDouble() < 0.15) {
            country = null;
        }
        return new LinkRecord(id, name, address, country, email, phone, website, identifier, null);
    }

    private static String noisyName(String name, SplittableRandom rnd) {
        String s = name;
        double r = rnd.nextDouble();
        if (r < 0.25) {
            s = stripLegal(s) + " " + LEGAL[rnd.nextInt(LEGAL.length)];
        } else if (r < 0.35) {
            s = stripLegal(s);
        }
        if (rnd.nextDouble() < 0.2) {
            s = typo(s, rnd);
        }
        if (rnd.nextDouble() < 0.5) {
            s = titleCase(s);
        }
        if (rnd.nextDouble() < 0.05) {
            String[] t = s.split(" ");
            if (t.length > 2) {
                String x = t[0];
                t[0] = t[1];
                t[1] = x;
                s = String.join(" ", t);
            }
        }
        return s;
    }

    private static String noisyAddress(String address, SplittableRandom rnd) {
        String s = address;
        if (rnd.nextDouble() < 0.3) {
            s = s.replace("Street", "St.").replace("Road", "Rd").replace("Building", "Bldg");
        }
        if (rnd.nextDouble() < 0.15) {
            s = typo(s, rnd);
        }
        if (rnd.nextDouble() < 0.3) {
            s = s.toUpperCase(Locale.ROOT);
        }
        return s;
    }

    private static String phoneNotation(String e164, String cc, SplittableRandom rnd) {
        String national = e164.substring(1 + cc.length());
        return switch (rnd.nextInt(4)) {
            case 0 -> e164;
            case 1 -> "00" + cc + " " + national.substring(0, 2) + " " + national.substring(2);
            case 2 -> "+" + cc + "-" + national.substring(0, 3) + "-" + national.substring(3);
            default -> "(+" + cc + ") " + national;
        };
    }

    private static String typo(String s, SplittableRandom rnd) {
        if (s.length() < 5) {
            return s;
        }
        int i = 1 + rnd.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        switch (rnd.nextInt(3)) {
            case 0 -> {
                char x = c[i];
                c[i] = c[i + 1];
                c[i + 1] = x;
                return new String(c);
            }
            case 1 -> {
                return s.substring(0, i) + s.substring(i + 1);
            }
            default -> {
                c[i] = (char) ('a' + rnd.nextInt(26));
                return new String(c);
            }
        }
    }

    private static String stripLegal(String name) {
        String s = name.replaceAll("(?i)[ ,]+(co\\.?,? ltd\\.?|ltd\\.?|limited|llc|fze|fzco|gmbh|jsc|company|group|co\\.|inc\\.?|s\\.a\\.|l\\.l\\.c\\.)\\s*$", "");
        return s.isBlank() ? name : s.strip();
    }

    private static final java.util.Set<String> GENERIC = java.util.Set.of("limited", "liability", "company", "joint",
            "stock", "closed", "open", "public", "private", "the", "of", "and", "for", "co", "ltd", "llc", "jsc", "ooo",
            "oao", "zao", "pjsc", "cjsc", "ojsc", "obshchestvo", "s", "a", "de", "al", "el", "group", "trading",
            "general", "international", "aktsionernoe", "obshchestvom", "otvetstvennostyu", "ogranichennoi", "s.a.");

    private static final java.util.Set<String> LEGAL_WORDS = java.util.Set.of("gmbh", "limited", "company", "corporation",
            "incorporated", "holding", "holdings", "trading", "industries", "industrial", "enterprises", "services",
            "establishment", "fzco", "bank", "agency", "center", "centre", "institute", "ministry", "organization",
            "foundation", "societe", "sociedad", "anonima", "sirketi", "ticaret", "sanayi", "tovarystvo");

    /** Two distinctive words of the name, as a firm would pick for its domain. */
    private static String slug(String name) {
        String[] t = stripLegal(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip().split(" +");
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (String token : t) {
            if (used < 2 && !GENERIC.contains(token) && token.length() > 1) {
                b.append(token);
                used++;
            }
        }
        return b.toString();
    }

    private static String title(String t) {
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String t : s.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(title(t));
        }
        return b.toString();
    }

    private static String digits(SplittableRandom rnd, int n) {
        StringBuilder b = new StringBuilder();
        b.append((char) ('2' + rnd.nextInt(8)));
        for (int i = 1; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }
}
