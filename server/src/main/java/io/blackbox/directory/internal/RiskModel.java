package io.blackbox.directory.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.blackbox.directory.RiskScore;

/**
 * The explainable risk of an actor, from what one caller may see of it. Points per factor:
 * <ul>
 * <li>list hits: 30 for a match with a restricted-party list, 12 for a hit to review;</li>
 * <li>independent reporters: 20 for a second reporting member, 30 for three or more;</li>
 * <li>repeated reports: 2 for each report beyond the first, at most 8 (weak: one member can repeat itself);</li>
 * <li>red flags: 4 per distinct BIS red flag, at most 16 (BIS-01, a list-like party, and BIS-10, a
 *     forwarder as final destination, count 6);</li>
 * <li>items: the most sensitive export-control category sought, up to 15 (nuclear and military items most);</li>
 * <li>destination: 12 for an embargoed or heavily sanctioned country, 6 for a known diversion hub;</li>
 * <li>network: 8 when the actor shares an identifier with an actor whose name matches a restricted list (not
 *     through a hub: the caller counts the neighbours, see {@code Actors});</li>
 * <li>recency: what members reported (reporters, red flags, items) halves in weight every half-life since
 *     the actor was last seen;</li>
 * <li>single reporter: one member's reports alone (without a list match) never reach the high band; the
 *     score is held just below it.</li>
 * </ul>
 * The weights are a first calibration, to be tuned on confirmed cases; the factors stay shown either way.
 */
public final class RiskModel {

    static final Set<String> EMBARGOED = Set.of("IR", "KP", "SY", "CU", "RU", "BY");
    static final Set<String> DIVERSION_HUBS = Set.of("AE", "TR", "HK", "CN", "AM", "KG", "KZ", "GE", "UZ", "MY", "SG",
            "TH", "RS", "TJ", "AZ");
    private static final Map<Character, Integer> CATEGORY = Map.of('0', 15, '1', 12, '2', 12, '3', 8, '4', 6, '5', 6,
            '6', 8, '7', 8, '8', 6, '9', 10);

    private final Duration halfLife;

    public RiskModel(Duration halfLife) {
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life " + halfLife + " must be positive");
        }
        this.halfLife = halfLife;
    }

    /** One report as the risk sees it. */
    public record Input(String reporterKey, LocalDate receivedOn, ReportFacts facts) {
    }

    public RiskScore score(List<Input> reports, LocalDate today) {
        return score(reports, 0, today);
    }

    /**
     * The risk of an actor from its reports.
     *
     * @param listedNeighbours actors sharing an identifier with this one whose names match a restricted list
     */
    public RiskScore score(List<Input> reports, int listedNeighbours, LocalDate today) {
        if (reports.isEmpty()) {
            return new RiskScore(0, "low", List.of());
        }
        List<RiskScore.Factor> factors = new ArrayList<>();
        boolean listMatch = false;
        boolean listReview = false;
        Set<String> reporters = new HashSet<>();
        Set<String> flags = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        String mostSensitive = null;
        int itemPoints = 0;
        LocalDate last = LocalDate.MIN;
        for (Input r : reports) {
            reporters.add(r.reporterKey());
            if (r.receivedOn().isAfter(last)) {
                last = r.receivedOn();
            }
            flags.addAll(r.facts().redFlags());
            if (r.facts().country() != null) {
                countries.add(r.facts().country().toUpperCase(Locale.ROOT));
            }
            for (ReportFacts.Hit h : r.facts().listHits()) {
                listMatch |= "match".equals(h.band());
                listReview |= "review".equals(h.band());
            }
            for (ReportFacts.Item item : r.facts().items()) {
                int p = sensitivity(item.eccn());
                if (p > itemPoints) {
                    itemPoints = p;
                    mostSensitive = item.eccn();
                }
            }
        }
        double fixed = 0;
        if (listMatch || listReview) {
            double p = listMatch ? 30 : 12;
            fixed += p;
            factors.add(new RiskScore.Factor("list-hits", p, listMatch
                    ? "a name matches a restricted-party list" : "a name resembles a restricted-party list entry"));
        }
        double reported = 0;
        int n = reporters.size();
        double rp = n >= 3 ? 30 : n == 2 ? 20 : 0;
        reported += rp;
        factors.add(new RiskScore.Factor("independent-reporters", rp, n == 1
                ? "reported by one member" : "reported by " + n + " independent members"));
        if (reports.size() > 1) {
            double again = Math.min(8, 2.0 * (reports.size() - 1));
            reported += again;
            factors.add(new RiskScore.Factor("repeated-reports", again, reports.size() + " reports"));
        }
        if (!flags.isEmpty()) {
            double fp = 0;
            for (String f : flags) {
                fp += f.equals("BIS-01") || f.equals("BIS-10") ? 6 : 4;
            }
            fp = Math.min(16, fp);
            reported += fp;
            factors.add(new RiskScore.Factor("red-flags", fp, "red flags " + String.join(", ", flags)));
        }
        if (itemPoints > 0) {
            reported += itemPoints;
            factors.add(new RiskScore.Factor("items", itemPoints, "sought " + mostSensitive
                    + " (export-control category " + mostSensitive.charAt(0) + ")"));
        }
        double dp = 0;
        String where = null;
        for (String c : countries) {
            double p = EMBARGOED.contains(c) ? 12 : DIVERSION_HUBS.contains(c) ? 6 : 0;
            if (p > dp) {
                dp = p;
                where = c;
            }
        }
        if (dp > 0) {
            fixed += dp;
            factors.add(new RiskScore.Factor("destination", dp, (dp >= 12 ? "embargoed or sanctioned country "
                    : "known diversion hub ") + where));
        }
        if (listedNeighbours > 0) {
            fixed += 8;
            factors.add(new RiskScore.Factor("network", 8, "shares an identifier with " + listedNeighbours
                    + (listedNeighbours == 1 ? " actor" : " actors") + " matching a restricted-party list"));
        }
        long age = Math.max(0, ChronoUnit.DAYS.between(last, today));
        double decay = Math.pow(0.5, age / (double) halfLife.toDays());
        double lost = reported * (decay - 1);
        if (lost <= -0.05) {
            factors.add(new RiskScore.Factor("recency", round(lost), "last seen " + age + " days ago; reports lose half "
                    + "their weight every " + halfLife.toDays() + " days"));
        }
        double total = fixed + reported + lost;
        if (n <= 1 && !listMatch && total >= RiskScore.HIGH) {
            double cap = (RiskScore.HIGH - 1) - total;
            factors.add(new RiskScore.Factor("single-reporter", round(cap),
                    "one member's reports alone never raise an actor above review"));
            total += cap;
        }
        int score = (int) Math.max(0, Math.min(100, Math.round(total)));
        List<RiskScore.Factor> rounded = factors.stream()
                .map(f -> new RiskScore.Factor(f.factor(), round(f.points()), f.detail())).toList();
        return new RiskScore(score, RiskScore.bandOf(score), rounded);
    }

    /** Points for an export-control classification: its category, military (x5xx) and nuclear items most. */
    static int sensitivity(String eccn) {
        if (eccn == null || eccn.length() < 5 || !Character.isDigit(eccn.charAt(0))) {
            return 0; // EAR99 or none
        }
        String e = eccn.toUpperCase(Locale.ROOT);
        if (e.charAt(2) == '5' || e.charAt(2) == '6') {
            return 15; // 500 and 600 series: munitions and spacecraft moved from the USML
        }
        return CATEGORY.getOrDefault(e.charAt(0), 0);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
