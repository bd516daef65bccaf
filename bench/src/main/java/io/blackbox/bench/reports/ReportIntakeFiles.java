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
 * Writes the input of the report-intake benchmark: a CSV file of suspect-inquiry reports in the columns
 * bulk upload maps without a saved mapping. Rows come from a fixed seed. The inquiring parties are drawn
 * from a pool of {@code parties} distinct organisations, one in fifty named like a listed party: a
 * procurement front sends the same inquiry to many firms, so a member's file names the same front again
 * and again, and the cost of intake grows with the distinct parties more than with the rows.
 *
 * <p>Usage: {@code ReportIntakeFiles <out.csv> <rows> <distinct parties> [seed]}
 */
public final class ReportIntakeFiles {

    private static final String[] WORDS = {"Global", "Trading", "Precision", "Tech", "Industrial", "Supply", "Asia",
            "Gulf", "Machinery", "Components", "Alloys", "Energy", "Systems", "Import", "Export", "Advanced", "Star",
            "Pacific", "Eastern", "Northern", "Sino", "Euro", "Orient", "Delta", "Falcon", "Phoenix", "Crescent"};
    private static final String[] FORMS = {"LLC", "FZE", "Ltd", "Co., Ltd.", "GmbH", "LLP", "JSC", "Sdn Bhd", "Pte Ltd"};
    private static final String[] LISTED = {"Korea Mining Development Trading Corporation",
            "Islamic Revolutionary Guard Corps", "Tanchon Commercial Bank", "Korea Ryonbong General Corporation",
            "Green Pine Associated Corporation"};
    private static final String[] COUNTRIES = {"AE", "CN", "HK", "TR", "MY", "SG", "RU", "IR", "Turkey",
            "United Arab Emirates"};
    private static final String[] ECCNS = {"2B001", "2B201", "1C010", "3A001", "1B001", "2B350", "EAR99", "5A002", "6A003"};
    private static final String[] CHANNELS = {"email", "web-form", "trade-fair", "phone", "distributor"};

    private ReportIntakeFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ReportIntakeFiles <out.csv> <rows> <distinct parties> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int parties = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        if (rows < 1 || parties < 1) {
            throw new IllegalArgumentException("rows and parties must be positive, got " + rows + " and " + parties);
        }
        int distinct = write(out, rows, parties, new Random(seed));
        System.out.println("report file: " + rows + " rows, " + distinct + " distinct inquiring parties (pool of "
                + parties + "), " + Files.size(out) / 1024 + " KiB");
    }

    /** Writes the file; returns how many distinct parties it names. */
    static int write(Path file, int rows, int partyCount, Random random) throws IOException {
        String[] names = new String[partyCount];
        String[] countries = new String[partyCount];
        for (int p = 0; p < partyCount; p++) {
            names[p] = random.nextInt(50) == 0 ? LISTED[random.nextInt(LISTED.length)] + (p % 3 == 0 ? "" : " " + p)
                    : pick(random, WORDS) + " " + pick(random, WORDS) + " " + pick(random, WORDS) + " " + p + " "
                    + pick(random, FORMS);
            countries[p] = pick(random, COUNTRIES);
        }
        boolean[] used = new boolean[partyCount];
        int distinct = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("receivedAt,channel,inquirer.name,inquirer.country,inquirer.addresses,inquirer.emails,"
                    + "inquirer.phones,inquirer.websites,endUse,item.description,item.eccn,item.hsCode,item.quantity,"
                    + "redFlags,action,narrative,sharing,reference\n");
            for (int i = 0; i < rows; i++) {
                int party = random.nextInt(partyCount);
                if (!used[party]) {
                    used[party] = true;
                    distinct++;
                }
                String name = names[party];
                String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "")
                        + ".example";
                List<String> cells = new ArrayList<>(18);
                cells.add(String.format(Locale.ROOT, "2026-%02d-%02d", 1 + random.nextInt(10), 1 + random.nextInt(28)));
                cells.add(pick(random, CHANNELS));
                cells.add(name);
                cells.add(countries[party]);
                cells.add((1 + random.nextInt(900)) + " Industrial Road, Free Zone " + random.nextInt(40));
                cells.add("Sales@" + domain);
                cells.add("+971 4 " + (1_000_000 + random.nextInt(8_999_999)));
                cells.add("www." + domain);
                cells.add("research");
                cells.add("machine part " + random.nextInt(1000));
                cells.add(pick(random, ECCNS));
                cells.add(String.valueOf(8400 + random.nextInt(99)));
                cells.add(String.valueOf(1 + random.nextInt(50)));
                cells.add("BIS-0" + (1 + random.nextInt(9)) + ";BIS-1" + random.nextInt(4));
                cells.add("declined");
                cells.add("Asked for delivery to a forwarder; would not name the end user.");
                cells.add(random.nextBoolean() ? "members" : "operator");
                cells.add("BENCH-" + i);
                w.write(String.join(",", cells.stream().map(ReportIntakeFiles::csv).toList()));
                w.write('\n');
            }
        }
        return distinct;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
