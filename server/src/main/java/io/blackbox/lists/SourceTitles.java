package io.blackbox.lists;

import java.util.Map;

/** Human titles for the source keys of the bundled lists; other keys are shown as they are. */
final class SourceTitles {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("us-ofac-sdn", "OFAC Specially Designated Nationals (SDN)"),
            Map.entry("us-ofac-cons", "OFAC Consolidated (non-SDN) lists"),
            Map.entry("un-sc", "UN Security Council Consolidated List"),
            Map.entry("us-bis-dpl", "BIS Denied Persons List"),
            Map.entry("us-bis-mieu", "BIS Military-Intelligence End Users"),
            Map.entry("us-dod-1260h", "DoD 1260H Chinese military companies"),
            Map.entry("eu-annexes", "EU sanctions regulation annexes"));

    private SourceTitles() {
    }

    static String title(String key) {
        String t = TITLES.get(key);
        if (t != null) {
            return t;
        }
        if (key.startsWith("us-csl-")) {
            return "US Consolidated Screening List: " + key.substring("us-csl-".length()).toUpperCase(java.util.Locale.ROOT);
        }
        return key;
    }
}
