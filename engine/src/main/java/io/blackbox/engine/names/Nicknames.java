package io.blackbox.engine.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English given-name nicknames (William ~ Bill ~ Will). Two names are related when one is a nickname of the
 * other or both are nicknames of one formal name. Data: carltonnorthern/nicknames, Apache-2.0, packaged as
 * {@code nicknames.csv} beside this class with its SOURCE.
 */
public final class Nicknames {
    private static final String RESOURCE = "nicknames.csv";
    private static final Nicknames DEFAULT = load();

    /** For every name, the formal names it stands for (itself included). */
    private final Map<String, Set<String>> formalNames;

    private Nicknames(Map<String, Set<String>> formalNames) {
        this.formalNames = formalNames;
    }

    /** The packaged table; loaded once. */
    public static Nicknames getDefault() {
        return DEFAULT;
    }

    private static Nicknames load() {
        Map<String, Set<String>> formal = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the engine jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int row = 0;
            while ((line = r.readLine()) != null) {
                row++;
                String[] f = line.split(",");
                if (row == 1 || f.length != 3 || !f[1].equals("has_nickname")) {
                    continue; // header, or a relation this table does not use
                }
                String name = f[0].strip().toLowerCase(Locale.ROOT);
                String nick = f[2].strip().toLowerCase(Locale.ROOT);
                formal.computeIfAbsent(name, k -> new HashSet<>()).add(name);
                formal.computeIfAbsent(nick, k -> new HashSet<>()).add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        formal.replaceAll((k, v) -> Set.copyOf(v));
        return new Nicknames(Map.copyOf(formal));
    }

    /** True when the two lower-case names are different spellings of one given name by nickname. */
    public boolean related(String a, String b) {
        return related(a, entry(a), b, entry(b));
    }

    /**
     * The table's entry for a lower-case name: the formal names it stands for, itself included; null when the
     * table does not know the name. Looked up once per name, for {@link #related(String, Set, String, Set)}.
     */
    public Set<String> entry(String name) {
        return formalNames.get(name);
    }

    /** {@link #related(String, String)} with both names' {@link #entry entries} looked up before. */
    public static boolean related(String a, Set<String> fa, String b, Set<String> fb) {
        if (a.equals(b)) {
            return true;
        }
        if (fa == null || fb == null) {
            return false;
        }
        if (fa.contains(b) || fb.contains(a)) {
            return true;
        }
        // Two formal names are not made equal by a nickname they share (Robert and William are both
        // "Bill"); two nicknames of one formal name are (Bill and Will).
        if (fa.contains(a) || fb.contains(b)) {
            return false;
        }
        for (String f : fa) {
            if (fb.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The formal names a name stands for, empty when unknown; used to widen retrieval. */
    public Set<String> formalNamesOf(String name) {
        return formalNames.getOrDefault(name, Set.of());
    }
}
