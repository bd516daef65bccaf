package io.blackbox.engine.linking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operator-edited warning list of shared hubs. Text, one entry a line: {@code kind: value}, where
 * kind is email, phone, domain, address or identifier; {@code #} starts a comment. Values are normalised
 * as the linker normalises record fields, so "+971 4 555 0100" and "0097145550100" are the same entry.
 * Webmail domains are hubs without being listed. Immutable.
 */
public final class HubList {

    private static final HubList EMPTY = new HubList(Set.of());

    private final Set<String> keys;

    private HubList(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public static HubList empty() {
        return EMPTY;
    }

    /** Parses the list; a line that cannot be read fails with its line number. */
    public static HubList parse(List<String> lines) {
        Set<String> keys = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("\\s#.*|^#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("hub list line " + (n + 1) + ": '" + line + "' is not 'kind: value'");
            }
            String kind = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            HubKind k;
            try {
                k = HubKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hub list line " + (n + 1) + ": unknown kind '" + kind
                        + "' (email, phone, domain, address, identifier)");
            }
            String normalised = normalise(k, value);
            if (normalised == null) {
                throw new IllegalArgumentException("hub list line " + (n + 1) + ": '" + value + "' is not a valid " + kind.toLowerCase(Locale.ROOT));
            }
            keys.add(k.prefix + normalised);
        }
        return new HubList(keys);
    }

    public static HubList read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** This list plus one entry. */
    public HubList with(HubKind kind, String value) {
        String normalised = normalise(kind, value);
        if (normalised == null) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + kind);
        }
        Set<String> more = new HashSet<>(keys);
        more.add(kind.prefix + normalised);
        return new HubList(more);
    }

    public boolean contains(HubKind kind, String value) {
        String normalised = normalise(kind, value);
        return normalised != null && keys.contains(kind.prefix + normalised);
    }

    public int size() {
        return keys.size();
    }

    Set<String> keys() {
        return keys;
    }

    private static String normalise(HubKind kind, String value) {
        return switch (kind) {
            case EMAIL -> Emails.normalise(value);
            case PHONE -> Phones.normalise(value, null);
            case DOMAIN -> Emails.domain(value);
            case ADDRESS -> RecordPreparer.normaliseAddress(value);
            case IDENTIFIER -> RecordPreparer.normaliseIdentifier(value);
        };
    }
}
