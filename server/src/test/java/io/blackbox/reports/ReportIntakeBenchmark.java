package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.blackbox.IntegrationTest;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.Role;
import io.blackbox.screening.ListScreening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bulk intake of generated reports from one CSV file, each normalised, screened against the bundled
 * lists and stored; not part of the default test run. Run with
 * {@code ./mvnw -B -o -pl server test -Dtest=ReportIntakeBenchmark -Dbench=true [-Dbench.rows=100000]}.
 * Rows are generated from a fixed seed. The inquiring parties come from a pool of {@code bench.parties}
 * (default 20,000) distinct organisations, one in fifty of them named like a party on the lists: fronts
 * send the same inquiry to many firms, and a member's file names the same front again and again.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReportIntakeBenchmark {

    private static final String[] WORDS = {"Global", "Trading", "Precision", "Tech", "Industrial", "Supply", "Asia",
            "Gulf", "Machinery", "Components", "Alloys", "Energy", "Systems", "Import", "Export", "Advanced", "Star",
            "Pacific", "Eastern", "Northern", "Sino", "Euro", "Orient", "Delta", "Falcon", "Phoenix", "Crescent"};
    private static final String[] FORMS = {"LLC", "FZE", "Ltd", "Co., Ltd.", "GmbH", "LLP", "JSC", "Sdn Bhd", "Pte Ltd"};
    private static final String[] LISTED = {"Korea Mining Development Trading Corporation", "Islamic Revolutionary Guard Corps",
            "Tanchon Commercial Bank", "Korea Ryonbong General Corporation", "Green Pine Associated Corporation"};
    private static final String[] COUNTRIES = {"AE", "CN", "HK", "TR", "MY", "SG", "RU", "IR", "Turkey", "United Arab Emirates"};
    private static final String[] ECCNS = {"2B001", "2B201", "1C010", "3A001", "1B001", "2B350", "EAR99", "5A002", "6A003"};
    private static final String[] CHANNELS = {"email", "web-form", "trade-fair", "phone", "distributor"};

    @Autowired
    Organisations organisations;

    @Autowired
    ReportUploads uploads;

    @Autowired
    ListScreening screening;

    @Test
    void bulkIntakeOfGeneratedReports() throws IOException {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path csv = Files.createTempFile("report-bench-", ".csv");
        generate(csv, rows, new Random(42));
        Organisation org = Callers.runAsSystem("bench", () -> organisations.create("Bench " + UUID.randomUUID(), OrganisationKind.MEMBER));
        Caller caller = new Caller(UUID.randomUUID(), org.id(), OrganisationKind.MEMBER, Role.MEMBER_ANALYST, "bench",
                Set.of(Caller.READ, Caller.WRITE));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null));
        try {
            long indexStart = System.nanoTime();
            screening.screen(io.blackbox.engine.matching.Query.name("warm up"), 1);
            long indexMs = (System.nanoTime() - indexStart) / 1_000_000;
            if (Boolean.getBoolean("bench.profile")) {
                profile();
            }
            long start = System.nanoTime();
            ReportUploads.Job job = uploads.runNow("csv", "bench.csv", null, csv);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("REPORT-INTAKE-BENCH rows=%d parties=%d accepted=%d rejected=%d seconds=%.1f rows/s=%.0f "
                            + "(list index built before: %d ms, %d entities, %d cores)%n",
                    rows, Integer.getInteger("bench.parties", 20_000), job.accepted(), job.rejected(), seconds,
                    rows / seconds, indexMs, screening.status().entities(), Runtime.getRuntime().availableProcessors());
            assertThat(job.accepted() + job.rejected()).isEqualTo(rows);
        } finally {
            SecurityContextHolder.clearContext();
            Files.deleteIfExists(csv);
        }
    }

    @Autowired
    io.blackbox.reports.internal.ReportNormaliser normaliser;

    @Autowired
    io.blackbox.reports.internal.ReportKeys keys;

    /** Where one row's time goes: normalisation, screening, sealing (single thread). */
    private void profile() {
        ReportSubmission s = new ReportSubmission("2026-01-05", "email", new ReportSubmission.Party(null,
                "Global Precision Alloys FZE", null, "AE", List.of("1 Industrial Road"), List.of("a@b.example"),
                List.of("+971 4 5550101"), List.of("www.b.example"), null), null, null, "r",
                List.of(new ReportSubmission.Item("lathe", "2B001", null, "8458", null, null, null)),
                List.of("BIS-01"), null, "declined", "n", "members", "x", null);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                normaliser.normalise(s);
            }
            long t1 = System.nanoTime();
            var q = normaliser.normalise(s).queries().values().iterator().next();
            for (int i = 0; i < 300; i++) {
                screening.screen(q, 5);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                keys.seal(new byte[600], "report:" + i);
            }
            long t3 = System.nanoTime();
            System.out.printf("REPORT-INTAKE-PROFILE per row: normalise %.2f ms, screen %.2f ms, seal %.2f ms%n",
                    (t1 - t0) / 3e8, (t2 - t1) / 3e8, (t3 - t2) / 3e8);
        }
    }

    static void generate(Path file, int rows, Random random) throws IOException {
        int partyCount = Integer.getInteger("bench.parties", 20_000);
        String[] parties = new String[partyCount];
        String[] partyCountries = new String[partyCount];
        for (int p = 0; p < partyCount; p++) {
            parties[p] = random.nextInt(50) == 0 ? LISTED[random.nextInt(LISTED.length)] + (p % 3 == 0 ? "" : " " + p)
                    : WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + " " + p + " " + FORMS[random.nextInt(FORMS.length)];
            partyCountries[p] = COUNTRIES[random.nextInt(COUNTRIES.length)];
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("receivedAt,channel,inquirer.name,inquirer.country,inquirer.addresses,inquirer.emails,"
                    + "inquirer.phones,inquirer.websites,endUse,item.description,item.eccn,item.hsCode,item.quantity,"
                    + "redFlags,action,narrative,sharing,reference\n");
            for (int i = 0; i < rows; i++) {
                int party = random.nextInt(partyCount);
                String name = parties[party];
                String domain = name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + ".example";
                List<String> cells = List.of(
                        String.format("2026-%02d-%02d", 1 + random.nextInt(10), 1 + random.nextInt(28)),
                        CHANNELS[random.nextInt(CHANNELS.length)], name, partyCountries[party],
                        (1 + random.nextInt(900)) + " Industrial Road, Free Zone " + random.nextInt(40),
                        "Sales@" + domain, "+971 4 " + (1000000 + random.nextInt(8999999)), "www." + domain,
                        "research", "machine part " + random.nextInt(1000), ECCNS[random.nextInt(ECCNS.length)],
                        String.valueOf(8400 + random.nextInt(99)), String.valueOf(1 + random.nextInt(50)),
                        "BIS-0" + (1 + random.nextInt(9)) + ";BIS-1" + random.nextInt(4), "declined",
                        "Asked for delivery to a forwarder; would not name the end user.",
                        random.nextBoolean() ? "members" : "operator", "BENCH-" + i);
                out.write(String.join(",", cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList()));
                out.write('\n');
            }
        }
    }
}
