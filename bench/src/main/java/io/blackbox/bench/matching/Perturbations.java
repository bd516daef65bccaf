package io.blackbox.bench.matching;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic variants of a Latin-script name for recall tests: a typo, a reordering, a
 * transliteration into another script, a dropped middle name. Deterministic for a given seed.
 */
public final class Perturbations {

    /** The kinds of variant. */
    public enum Kind { TYPO, REORDER, TRANSLITERATION, DROP_MIDDLE, COMBINED }

    /** One variant and how it was made. */
    public record Variant(Kind kind, String name) {
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final Random random;
    private final Transliterator cyrillic = Transliterator.getInstance("Latin-Cyrillic");

    public Perturbations(long seed) {
        this.random = new Random(seed);
    }

    /** One variant of each kind. */
    public List<Variant> variants(String name) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(Kind.TYPO, typo(name)));
        out.add(new Variant(Kind.REORDER, reorder(name)));
        out.add(new Variant(Kind.TRANSLITERATION, transliterate(name)));
        out.add(new Variant(Kind.DROP_MIDDLE, dropMiddle(name)));
        out.add(new Variant(Kind.COMBINED, typo(reorder(dropMiddle(name)))));
        return out;
    }

    /** One edit (substitution, deletion, insertion or transposition) in one token of four letters or more. */
    public String typo(String name) {
        String[] tokens = name.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() >= 4) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return name;
        }
        int t = candidates.get(random.nextInt(candidates.size()));
        StringBuilder w = new StringBuilder(tokens[t]);
        int p = 1 + random.nextInt(w.length() - 1); // keep the first letter, as most typos do
        char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> w.setCharAt(p, c);
            case 1 -> w.deleteCharAt(p);
            case 2 -> w.insert(p, c);
            default -> {
                if (p + 1 < w.length()) {
                    char x = w.charAt(p);
                    w.setCharAt(p, w.charAt(p + 1));
                    w.setCharAt(p + 1, x);
                } else {
                    w.setCharAt(p, c);
                }
            }
        }
        tokens[t] = w.toString();
        return String.join(" ", tokens);
    }

    /** "Last, First Middle" or the tokens rotated. */
    public String reorder(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2) {
            return name;
        }
        if (random.nextBoolean()) {
            String last = tokens[tokens.length - 1].toUpperCase();
            return last + ", " + String.join(" ", Arrays.copyOf(tokens, tokens.length - 1));
        }
        List<String> l = new ArrayList<>(Arrays.asList(tokens));
        l.add(l.removeFirst());
        return String.join(" ", l);
    }

    /**
     * Written in Cyrillic, letter by letter as ICU's Latin-Cyrillic does. (Greek was tried too; ICU writes
     * it polytonic with breathing marks, which no list or user does.)
     */
    public String transliterate(String name) {
        return cyrillic.transliterate(name);
    }

    /** Middle names and initials dropped: first and last token kept. */
    public String dropMiddle(String name) {
        List<String> tokens = new ArrayList<>(Arrays.asList(name.split(" ")));
        String suffix = "";
        String last = tokens.getLast().toLowerCase(java.util.Locale.ROOT).replace(".", "").replace(",", "");
        if (tokens.size() > 2 && List.of("jr", "sr", "ii", "iii", "iv").contains(last)) {
            suffix = " " + tokens.removeLast();
        }
        if (tokens.size() < 3) {
            return name;
        }
        return tokens.getFirst() + " " + tokens.getLast() + suffix;
    }
}
