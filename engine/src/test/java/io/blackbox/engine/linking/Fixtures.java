package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small synthetic report sets: actors writing to several members, each member spelling things its way. */
final class Fixtures {

    static final String[] WORDS = {"Alpha", "Boreal", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor",
            "Indigo", "Jasper", "Krypton", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quartz", "Radiant",
            "Summit", "Titan", "Umber", "Vertex", "Willow", "Xenon", "Yonder", "Zenith", "Arcadia", "Basalt",
            "Cascade", "Dynamo", "Equinox", "Fathom"};
    static final String[] KINDS = {"Machinery", "Metals", "Electronics", "Industrial", "Precision", "Materials",
            "Systems", "Instruments"};

    private Fixtures() {
    }

    /** Records with their true actor in {@code truth}: {@code actors} actors, 2 to 5 reports each. */
    static List<LinkRecord> actors(long seed, int actors, List<String> truth) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LinkRecord> out = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            String name = WORDS[a % WORDS.length] + " " + WORDS[(a / WORDS.length + 7 * a) % WORDS.length] + " "
                    + KINDS[a % KINDS.length];
            String domain = name.toLowerCase().replace(" ", "") + a + ".com";
            String phone = "+9714" + (1000000 + a * 7919 % 8999999);
            String address = (10 + a) + " " + WORDS[(a * 3) % WORDS.length] + " Street, Dubai";
            int reports = 2 + rnd.nextInt(4);
            for (int r = 0; r < reports; r++) {
                String n = switch (rnd.nextInt(4)) {
                    case 0 -> name + " LLC";
                    case 1 -> name.toUpperCase() + " FZE";
                    case 2 -> name.substring(0, name.length() - 2) + name.charAt(name.length() - 1); // a typo
                    default -> name;
                };
                String email = rnd.nextInt(3) > 0 ? "sales@" + domain : null;
                String ph = rnd.nextInt(3) > 0 ? (rnd.nextBoolean() ? phone : "00" + phone.substring(1)) : null;
                String addr = rnd.nextInt(4) > 0 ? address : null;
                if (email == null && ph == null) {
                    email = "info@" + domain;
                }
                out.add(new LinkRecord("a" + a + "r" + r, n, addr, "AE", email, ph, null, null, null));
                truth.add("a" + a);
            }
        }
        return out;
    }

    /** Pairwise F1 of a linking against the truth. */
    static double pairwiseF1(List<String> truth, List<String> predicted) {
        long tp = 0;
        long t = 0;
        long p = 0;
        for (int i = 0; i < truth.size(); i++) {
            for (int j = i + 1; j < truth.size(); j++) {
                boolean same = truth.get(i).equals(truth.get(j));
                boolean linked = predicted.get(i).equals(predicted.get(j));
                tp += same && linked ? 1 : 0;
                t += same ? 1 : 0;
                p += linked ? 1 : 0;
            }
        }
        double precision = p == 0 ? 1 : tp / (double) p;
        double recall = t == 0 ? 1 : tp / (double) t;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static List<String> clusters(LinkResult result, List<LinkRecord> records) {
        return records.stream().map(r -> result.actorOf(r.id()).value()).toList();
    }
}
