package io.blackbox.engine.names;

import java.util.Map;

/**
 * Customary Latin spellings of the commonest Korean surnames, which differ from the systematic
 * romanisation ICU produces (김 is "gim" by rule but "Kim" in every passport).
 */
final class KoreanSurnames {
    private static final Map<String, String> CUSTOMARY = Map.ofEntries(
            Map.entry("gim", "kim"), Map.entry("i", "lee"), Map.entry("bag", "park"), Map.entry("choe", "choi"),
            Map.entry("jeong", "jung"), Map.entry("gang", "kang"), Map.entry("jo", "cho"), Map.entry("yun", "yoon"),
            Map.entry("im", "lim"), Map.entry("o", "oh"), Map.entry("sin", "shin"), Map.entry("gwon", "kwon"),
            Map.entry("an", "ahn"), Map.entry("yu", "yoo"), Map.entry("go", "ko"), Map.entry("mun", "moon"),
            Map.entry("baeg", "baek"), Map.entry("no", "noh"), Map.entry("gwag", "kwak"), Map.entry("seong", "sung"),
            Map.entry("ju", "joo"), Map.entry("u", "woo"), Map.entry("gu", "koo"), Map.entry("ri", "ri"),
            Map.entry("hyeon", "hyun"), Map.entry("geum", "keum"), Map.entry("gil", "kil"), Map.entry("gi", "ki"));

    private KoreanSurnames() {
    }

    static String customary(String systematic) {
        return CUSTOMARY.getOrDefault(systematic, systematic);
    }
}
