package io.blackbox.engine.names;

import java.util.Set;

/** Titles and honorifics that precede names; tagged so that "Mr John Doe" and "John Doe" align fully. */
public final class Honorifics {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame",
            "lady", "lord", "sheikh", "shaikh", "sheik", "shaykh", "shekh", "sheykh", "haji", "hajji", "hadji",
            "hajj", "mullah", "mulla", "maulana", "imam", "ayatollah", "hojatoleslam", "general", "gen", "colonel", "col", "major",
            "maj", "captain", "capt", "lieutenant", "lt", "sgt", "sergeant", "admiral", "adm", "brigadier", "marshal",
            "president", "presidente", "prezident", "prasident", "predsjednik", "presedintele", "presiden",
            "prezydent", "presidentti", "elnok", "presidens", "presidentas", "rais", "raees", "king", "queen", "prince", "princess", "emir", "sultan",
            "excellency", "hon", "honorable", "honourable", "rev", "reverend", "herr",
            "frau", "monsieur", "mme", "senor", "senora", "sra", "gospodin", "mx", "daw");

    /**
     * Titles of a head of state or a military rank: few people hold one, and a title with a surname is how
     * they are called (President Putin, Colonel Gaddafi). Forms of address (Mr, Dr) and religious or social
     * titles (Sheikh, Haji, Mullah), which many hold and lists put before common names, are not among them.
     */
    private static final Set<String> OFFICES = Set.of("president", "presidente", "prezident", "prasident",
            "predsjednik", "presedintele", "presiden", "prezydent", "presidentti", "elnok", "presidens",
            "presidentas", "general", "gen", "colonel", "col", "admiral", "adm", "marshal", "brigadier", "king",
            "queen", "prince", "princess", "emir", "sultan");

    private Honorifics() {
    }

    /**
     * True when the lower-case ASCII token is the title of a head of state or a military rank (President,
     * General, King), which few people hold, rather than a form of address or a religious or social title.
     */
    public static boolean isTitleOfOffice(String token) {
        return OFFICES.contains(token);
    }

    /** True when the lower-case ASCII token is a title or honorific. */
    public static boolean isHonorific(String token) {
        return TITLES.contains(token);
    }
}
