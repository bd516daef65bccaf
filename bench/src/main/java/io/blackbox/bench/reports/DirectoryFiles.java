package io.blackbox.bench.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the input of the directory benchmark: a synthetic report pool split into one CSV file per
 * member (the columns bulk upload maps without a saved mapping), and request bodies for pooled screening.
 *
 * <p>The pool is made of actors. Each actor has a made-up company name with two to four spellings (a
 * typo, another legal form, a transliteration-like change of letters, words swapped), a country, one or
 * two phones, an e-mail domain (sometimes a webmail one), an address and a web site; 2 % are named like
 * a listed party. Actors are grouped into networks of one to eight that share a phone, an address or a
 * domain, and a few forwarder addresses are quoted by many actors (hubs). Reports pick their actor with a
 * heavy tail (a few fronts write to hundreds of firms, most to one or two), a spelling, a subset of the
 * identifiers, and a member; 85 % are shared with members, 10 % with the operator only, 5 % with members
 * and government. Everything follows from the seed.
 *
 * <p>Request bodies ({@code /match} format): {@code hits.txt} names spellings of pooled actors (a
 * candidate for pooled screening), {@code misses.txt} names companies that resemble no actor.
 *
 * <p>Usage: {@code DirectoryFiles <out dir> <reports> <actors> <members> [seed]}
 */
public final class DirectoryFiles {

    private static final String[] SYLLABLES = {"ka", "ro", "ven", "ta", "mi", "zar", "lo", "nex", "tri", "ba", "sul",
            "dor", "ar", "ex", "qu", "ion", "vel", "sa", "tek", "mon", "ri", "gal", "bur", "an", "ste", "pho", "lin",
            "kor", "dan", "mer", "oz", "ya", "fen", "hal", "tu", "rex", "vi", "ne", "por", "gra"};
    private static final String[] TRADES = {"Trading", "Precision", "Technology", "Industrial", "Supply", "Machinery",
            "Components", "Alloys", "Energy", "Systems", "Import Export", "Engineering", "Logistics", "Electronics",
            "Materials", "Instruments", "General Trading", "Equipment", "Solutions", "Metals"};
    private static final String[] FORMS = {"LLC", "FZE", "Ltd", "Co., Ltd.", "GmbH", "LLP", "JSC", "Sdn Bhd", "Pte Ltd",
            "FZCO", "DMCC", "Limited"};
    private static final String[] LISTED = {"Korea Mining Development Trading Corporation",
            "Islamic Revolutionary Guard Corps", "Tanchon Commercial Bank", "Korea Ryonbong General Corporation",
            "Green Pine Associated Corporation", "Mahan Air", "Rosoboronexport", "Shahid Hemmat Industrial Group"};
    private static final String[] COUNTRIES = {"AE", "CN", "HK", "TR", "MY", "SG", "RU", "IR", "AM", "KG", "KZ", "TH",
            "GE", "RS", "IN", "PK"};
    private static final String[] PREFIX = {"+971 4 ", "+86 21 ", "+852 ", "+90 212 ", "+60 3 ", "+65 ", "+7 495 ",
            "+98 21 ", "+374 10 ", "+996 312 ", "+7 727 ", "+66 2 ", "+995 32 ", "+381 11 ", "+91 22 ", "+92 21 "};
    private static final String[] WEBMAIL = {"gmail.com", "yahoo.com", "hotmail.com", "mail.ru", "163.com", "qq.com"};
    private static final String[] STREETS = {"Industrial Road", "Free Zone Street", "Trade Centre Avenue",
            "Port Road", "Warehouse Lane", "Business Bay", "Technology Park", "Airport Road"};
    private static final String[] ECCNS = {"2B001", "2B201", "1C010", "3A001", "1B001", "2B350", "EAR99", "5A002",
            "6A003", "9A012", "3A231", "0A501"};
    private static final String[] CHANNELS = {"email", "web-form", "trade-fair", "phone", "distributor"};
    private static final int HUBS = 40;

    private DirectoryFiles() {
    }

    /** One generated actor: its spellings and identifiers. */
    private record Actor(String[] spellings, String country, String[] phones, String domain, String address,
                         String website, String network) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: DirectoryFiles <out dir> <reports> <actors> <members> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int reports = Integer.parseInt(args[1]);
        int actorCount = Integer.parseInt(args[2]);
        int members = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        if (reports < 1 || actorCount < 1 || members < 1) {
            throw new IllegalArgumentException("reports, actors and members must be positive, got " + reports + ", "
                    + actorCount + ", " + members);
        }
        Files.createDirectories(out);
        Random random = new Random(seed);
        Actor[] actors = actors(actorCount, random);
        String[] hubs = new String[HUBS];
        for (int h = 0; h < HUBS; h++) {
            hubs[h] = (10 + random.nextInt(90)) + " " + pick(random, STREETS) + ", Forwarder Zone " + h;
        }
        BufferedWriter[] files = new BufferedWriter[members];
        int[] rowsOf = new int[members];
        for (int m = 0; m < members; m++) {
            files[m] = Files.newBufferedWriter(out.resolve("member-" + (m + 1) + ".csv"), StandardCharsets.UTF_8);
            files[m].write("receivedAt,channel,inquirer.name,inquirer.country,inquirer.addresses,inquirer.emails,"
                    + "inquirer.phones,inquirer.websites,endUse,item.description,item.eccn,item.hsCode,item.quantity,"
                    + "redFlags,action,narrative,sharing,reference\n");
        }
        boolean[] used = new boolean[actorCount];
        int usedActors = 0;
        for (int i = 0; i < reports; i++) {
            // heavy tail: actor k is picked with probability falling like k^(-1/3); a few get hundreds of reports
            int a = Math.min(actorCount - 1, (int) (actorCount * Math.pow(random.nextDouble(), 1.5)));
            if (!used[a]) {
                used[a] = true;
                usedActors++;
            }
            Actor actor = actors[a];
            int m = random.nextInt(members);
            List<String> cells = new ArrayList<>(18);
            cells.add(String.format(Locale.ROOT, "2026-%02d-%02d", 1 + random.nextInt(10), 1 + random.nextInt(28)));
            cells.add(pick(random, CHANNELS));
            cells.add(pick(random, actor.spellings()));
            cells.add(random.nextInt(10) == 0 ? "" : actor.country());
            List<String> addresses = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            List<String> phones = new ArrayList<>();
            if (random.nextInt(10) < 6) {
                addresses.add(actor.address());
            }
            if (random.nextInt(10) < 7) {
                emails.add(pick(random, new String[] {"sales", "info", "purchase", "export"}) + "@" + actor.domain());
            }
            if (random.nextInt(10) < 7) {
                phones.add(pick(random, actor.phones()));
            }
            if (actor.network() != null && random.nextInt(10) < 5) {
                String v = actor.network();
                switch (v.charAt(0)) {
                    case 'p' -> phones.add(v.substring(2));
                    case 'a' -> addresses.add(v.substring(2));
                    default -> emails.add("office@" + v.substring(2));
                }
            }
            if (random.nextInt(100) < 3) {
                addresses.add(pick(random, hubs));
            }
            cells.add(String.join(";", addresses));
            cells.add(String.join(";", emails));
            cells.add(String.join(";", phones));
            cells.add(random.nextInt(10) < 4 ? actor.website() : "");
            cells.add(pick(random, new String[] {"research", "civil", "energy", "unknown"}));
            cells.add(pick(random, new String[] {"vacuum pump", "CNC spindle", "frequency changer", "carbon fibre",
                    "pressure transducer", "gyroscope", "aluminium tube", "servo valve"}) + " " + random.nextInt(100));
            cells.add(pick(random, ECCNS));
            cells.add(String.valueOf(8400 + random.nextInt(99)));
            cells.add(String.valueOf(1 + random.nextInt(50)));
            cells.add("BIS-0" + (1 + random.nextInt(9)) + (random.nextBoolean() ? ";BIS-1" + random.nextInt(4) : ""));
            cells.add(random.nextBoolean() ? "declined" : "referred");
            cells.add("Asked for delivery to a forwarder; would not name the end user.");
            int s = random.nextInt(20);
            cells.add(s < 17 ? "members" : s < 19 ? "operator" : "members+government");
            cells.add("DIR-" + i);
            files[m].write(String.join(",", cells.stream().map(DirectoryFiles::csv).toList()));
            files[m].write('\n');
            rowsOf[m]++;
        }
        for (BufferedWriter w : files) {
            w.close();
        }
        writeBodies(out, actors, random);
        StringBuilder perMember = new StringBuilder();
        for (int m = 0; m < members; m++) {
            perMember.append(m == 0 ? "" : ", ").append(rowsOf[m]);
        }
        System.out.println("directory pool: " + reports + " reports about " + usedActors + " of " + actorCount
                + " generated actors, from " + members + " members (" + perMember + " rows)");
    }

    private static Actor[] actors(int count, Random random) {
        Actor[] out = new Actor[count];
        String network = null;
        int left = 0;
        for (int a = 0; a < count; a++) {
            if (left == 0) {
                // a new network of one to eight actors (geometric); from two on they share a value
                left = 1;
                while (left < 8 && random.nextInt(100) < 55) {
                    left++;
                }
                network = left == 1 ? null : switch (random.nextInt(3)) {
                    case 0 -> "p:" + pick(random, PREFIX) + (1_000_000 + random.nextInt(8_999_999));
                    case 1 -> "a:" + (1 + random.nextInt(900)) + " " + pick(random, STREETS) + ", Block " + a;
                    default -> "d:" + word(random).toLowerCase(Locale.ROOT) + "-group.example";
                };
            }
            left--;
            String country = pick(random, COUNTRIES);
            String base;
            if (random.nextInt(50) == 0) {
                base = pick(random, LISTED);
            } else {
                base = word(random) + " " + pick(random, TRADES) + " " + pick(random, FORMS);
            }
            int n = 2 + random.nextInt(3);
            String[] spellings = new String[n];
            spellings[0] = base;
            for (int v = 1; v < n; v++) {
                spellings[v] = variant(base, random);
            }
            String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            String domain = random.nextInt(5) == 0 ? pick(random, WEBMAIL) : slug + "-" + a + ".example";
            int prefix = random.nextInt(PREFIX.length);
            String[] phones = new String[1 + random.nextInt(2)];
            for (int p = 0; p < phones.length; p++) {
                phones[p] = PREFIX[prefix] + (1_000_000 + random.nextInt(8_999_999));
            }
            String address = (1 + random.nextInt(900)) + " " + pick(random, STREETS) + ", Unit " + a + ", "
                    + country;
            out[a] = new Actor(spellings, country, phones, domain, address, "www." + slug + "-" + a + ".example",
                    network);
        }
        return out;
    }

    /** Another spelling: a typo, another legal form, letters as another transliteration has them, or words swapped. */
    private static String variant(String base, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                int i = 1 + random.nextInt(Math.max(1, base.indexOf(' ') - 1));
                yield base.substring(0, i) + base.charAt(i) + base.substring(i); // a doubled letter
            }
            case 1 -> {
                int last = base.lastIndexOf(' ');
                yield (last > 0 ? base.substring(0, last) : base) + " " + pick(random, FORMS);
            }
            case 2 -> base.replace("k", "q").replace("v", "w").replace("i", "y").replace("K", "Q");
            default -> {
                String[] w = base.split(" ");
                if (w.length > 2) {
                    String t = w[0];
                    w[0] = w[1];
                    w[1] = t;
                }
                yield String.join(" ", w);
            }
        };
    }

    private static void writeBodies(Path out, Actor[] actors, Random random) throws IOException {
        try (BufferedWriter hits = Files.newBufferedWriter(out.resolve("hits.txt"), StandardCharsets.UTF_8);
             BufferedWriter misses = Files.newBufferedWriter(out.resolve("misses.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 5000; i++) {
                // the busier actors (low indices) as a member would meet them
                Actor a = actors[Math.min(actors.length - 1, (int) (actors.length * Math.pow(random.nextDouble(), 1.5)))];
                hits.write(body(pick(random, a.spellings()), a.country()));
                misses.write(body("Qx" + Integer.toString(random.nextInt(1_000_000), 36) + " Wvy Unrelated Widgets "
                        + Integer.toString(i, 36), pick(random, COUNTRIES)));
            }
        }
    }

    private static String body(String name, String country) {
        return "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"" + name.replace("\"", "\\\"")
                + "\"], \"country\": [\"" + country.toLowerCase(Locale.ROOT) + "\"]}}}}\n";
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append(pick(random, SYLLABLES));
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
