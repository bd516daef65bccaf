package io.blackbox.engine.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the English country names that restricted-party lists use to ISO 3166-1 alpha-2 codes.
 *
 * <p>The JDK's {@link Locale} supplies the official short names and alpha-3 codes; the table below adds
 * the spellings the lists actually use ("Korea, North", "Burma", "Congo, Democratic Republic of the",
 * "Iran (Islamic Republic of)"), which differ from ISO's. Lookup ignores case, accents, punctuation
 * and a leading "the", so "Cote d'Ivoire" and "CÔTE D’IVOIRE" are the same key. Kosovo maps to the
 * user-assigned code {@code XK}, as the EU, OFAC and most data sets do.
 */
public final class Countries {
    private static final Map<String, String> BY_NAME = build();
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> ISO_CODES = Set.copyOf(java.util.Arrays.asList(Locale.getISOCountries()));

    private Countries() {
    }

    /**
     * The alpha-2 code for a country name, alpha-2 or alpha-3 code, or empty when unknown.
     * Never guesses: an unknown name stays unknown so the importer can report it.
     */
    public static Optional<String> toCode(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        Optional<String> cached = CACHE.get(nameOrCode);
        if (cached != null) {
            return cached;
        }
        Optional<String> found = lookup(nameOrCode);
        // lists repeat a few hundred distinct spellings; the bound only guards against hostile input
        if (CACHE.size() < 50_000) {
            CACHE.put(nameOrCode, found);
        }
        return found;
    }

    private static Optional<String> lookup(String nameOrCode) {
        String t = nameOrCode.strip();
        if (t.length() == 2 && t.chars().allMatch(Character::isLetter)) {
            String up = t.toUpperCase(Locale.ROOT);
            if (ISO_CODES.contains(up) || up.equals("XK")) {
                return Optional.of(up);
            }
        }
        String k = key(t);
        String code = BY_NAME.get(k);
        if (code == null) {
            // "Region: Gaza", "possibly Palestinian", "of Registration Russia" (from "Nationality of Registration")
            String stripped = k.replaceFirst("^(region|possibly|probably|allegedly|assumed|of registration|of the|reportedly|in"
                    + "|northern|southern|eastern|western|north western|north eastern|south western|south eastern)\\s+", "");
            code = BY_NAME.get(stripped);
        }
        return Optional.ofNullable(code);
    }

    /** True for the words lists write where no country is known ("undetermined", "None Identified"). */
    public static boolean isPlaceholder(String name) {
        if (name == null || name.isBlank()) {
            return true;
        }
        return switch (key(name)) {
            case "undetermined", "none identified", "none", "unknown", "stateless", "n a", "na" -> true;
            default -> false;
        };
    }

    /** The English short name of an alpha-2 code, e.g. {@code IR -> Iran}; the code itself when unknown. */
    public static String name(String code) {
        if (code == null) {
            throw new IllegalArgumentException("country code is null");
        }
        if (code.equals("XK")) {
            return "Kosovo";
        }
        String n = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() ? code : n;
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("\\band\\b", " ")
                .replaceAll("[^a-z0-9]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith(" the")) {
            s = s.substring(0, s.length() - 4);
        }
        return s.replaceAll("\\s+", " ");
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = Locale.of("", code);
            m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                m.put(key(l.getISO3Country()), code);
            } catch (java.util.MissingResourceException ignored) {
                // a few codes have no alpha-3 in the JDK; the name is enough for them
            }
        }
        // Spellings used by OFAC, UN, EU, BIS and CSL that differ from the JDK's English names.
        String[][] variants = {
                {"IR", "Iran", "Iran, Islamic Republic of", "Iran (Islamic Republic of)", "Islamic Republic of Iran"},
                {"KP", "Korea, North", "North Korea", "Korea, Democratic People's Republic of",
                        "Democratic People's Republic of Korea", "DPRK", "Korea DPR", "Korea (North)"},
                {"KR", "Korea, South", "South Korea", "Korea, Republic of", "Republic of Korea", "Korea (South)"},
                {"RU", "Russia", "Russian Federation"},
                {"MM", "Burma", "Myanmar", "Myanmar (Burma)", "Myanmar/Burma", "Burma/Myanmar"},
                {"CD", "Congo, Democratic Republic of the", "Democratic Republic of the Congo",
                        "Congo (Kinshasa)", "DRC", "Congo, Dem. Rep.", "Zaire"},
                {"CG", "Congo, Republic of the", "Republic of the Congo", "Congo (Brazzaville)", "Congo"},
                {"SY", "Syria", "Syrian Arab Republic"},
                {"VE", "Venezuela", "Venezuela (Bolivarian Republic of)", "Venezuela, Bolivarian Republic of"},
                {"BO", "Bolivia", "Bolivia (Plurinational State of)"},
                {"TZ", "Tanzania", "United Republic of Tanzania", "Tanzania, United Republic of"},
                {"VN", "Vietnam", "Viet Nam"},
                {"LA", "Laos", "Lao People's Democratic Republic", "Lao PDR"},
                {"MD", "Moldova", "Republic of Moldova", "Moldova, Republic of"},
                {"MK", "Macedonia", "North Macedonia", "The former Yugoslav Republic of Macedonia",
                        "Macedonia, The Former Yugoslav Republic of"},
                {"CZ", "Czech Republic", "Czechia"},
                {"TR", "Turkey", "Turkiye", "Türkiye"},
                {"CI", "Cote d'Ivoire", "Ivory Coast"},
                {"PS", "Palestinian", "Palestine", "State of Palestine", "West Bank", "Gaza", "Gaza Strip",
                        "Palestinian Territories", "Occupied Palestinian Territory", "West Bank and Gaza"},
                {"XK", "Kosovo"},
                {"GB", "United Kingdom", "UK", "Great Britain", "United Kingdom of Great Britain and Northern Ireland",
                        "England", "Scotland", "Wales", "Northern Ireland"},
                {"US", "United States", "USA", "U.S.A.", "United States of America", "U.S."},
                {"AE", "United Arab Emirates", "UAE", "U.A.E."},
                {"BN", "Brunei", "Brunei Darussalam"},
                {"CV", "Cape Verde", "Cabo Verde"},
                {"SZ", "Swaziland", "Eswatini"},
                {"VA", "Vatican", "Holy See", "Vatican City"},
                {"FM", "Micronesia", "Micronesia, Federated States of"},
                {"KN", "Saint Kitts and Nevis", "St. Kitts and Nevis", "St Kitts and Nevis"},
                {"LC", "Saint Lucia", "St. Lucia"},
                {"VC", "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"},
                {"TW", "Taiwan", "Taiwan, Province of China", "Chinese Taipei"},
                {"HK", "Hong Kong", "China, Hong Kong Special Administrative Region", "Hong Kong Special Administrative Region", "Hong Kong SAR", "Hong Kong, China", "Hong Kong SAR China"},
                {"MO", "Macau", "China, Macao Special Administrative Region", "Macao", "Macao SAR China"},
                {"BA", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"},
                {"BS", "Bahamas", "The Bahamas", "Bahamas, The"},
                {"GM", "Gambia", "The Gambia", "Gambia, The"},
                {"NL", "Netherlands", "The Netherlands", "Holland"},
                {"UA", "Ukraine", "Crimea", "Region: Crimea", "Crimea (Occupied)", "Crimea Region of Ukraine"},
                {"IM", "Isle of Man", "Man, Isle of"},
                {"ML", "Mali", "Northern Mali"},
                {"MK", "North Macedonia, The Republic of", "Republic of North Macedonia"},
                {"CN", "China", "People's Republic of China", "PRC", "China, People's Republic of", "Mainland China"},
                {"TL", "Timor-Leste", "East Timor"},
                {"PG", "Papua New Guinea"},
                {"KG", "Kyrgyzstan", "Kyrgyz Republic"},
                {"SK", "Slovakia", "Slovak Republic"},
                {"BY", "Belarus", "Byelorussia"},
                {"SS", "South Sudan"},
                {"SD", "Sudan"},
                {"LY", "Libya", "Libyan Arab Jamahiriya"},
                {"CW", "Curacao"},
                {"SX", "Sint Maarten"},
                {"IQ", "Iraq"},
                {"AF", "Afghanistan"},
                {"YE", "Yemen"},
                {"SO", "Somalia"},
                {"LB", "Lebanon"},
                {"FK", "Falkland Islands", "Falkland Islands (Malvinas)"},
                {"VG", "British Virgin Islands", "Virgin Islands, British"},
                {"VI", "U.S. Virgin Islands", "Virgin Islands, U.S."},
                {"RS", "Serbia", "Serbia and Montenegro"},
                {"SA", "Saudi Arabia", "Kingdom of Saudi Arabia"},
        };
        // demonyms, as the EU annexes give nationality ("Russian", "Iranian")
        String[][] demonyms = {
                {"RU", "Russian"},
                {"IR", "Iranian"},
                {"BY", "Belarusian"},
                {"BY", "Belarussian"},
                {"BY", "Belorussian"},
                {"AF", "Afghan"},
                {"AF", "Afghani"},
                {"SY", "Syrian"},
                {"IQ", "Iraqi"},
                {"TN", "Tunisian"},
                {"UA", "Ukrainian"},
                {"DZ", "Algerian"},
                {"ID", "Indonesian"},
                {"VE", "Venezuelan"},
                {"NI", "Nicaraguan"},
                {"PH", "Filipino"},
                {"PH", "Philippine"},
                {"HT", "Haitian"},
                {"SD", "Sudanese"},
                {"IL", "Israeli"},
                {"EG", "Egyptian"},
                {"GB", "British"},
                {"PK", "Pakistani"},
                {"CN", "Chinese"},
                {"FR", "French"},
                {"SA", "Saudi"},
                {"SA", "Saudi Arabian"},
                {"LY", "Libyan"},
                {"GT", "Guatemalan"},
                {"ML", "Malian"},
                {"YE", "Yemeni"},
                {"JO", "Jordanian"},
                {"KW", "Kuwaiti"},
                {"RW", "Rwandan"},
                {"MA", "Moroccan"},
                {"QA", "Qatari"},
                {"LB", "Lebanese"},
                {"KP", "North Korean"},
                {"SS", "South Sudanese"},
                {"DE", "German"},
                {"SO", "Somali"},
                {"TR", "Turkish"},
                {"AE", "Emirati"},
                {"US", "American"},
                {"KE", "Kenyan"},
                {"NG", "Nigerian"},
                {"ET", "Ethiopian"},
                {"ER", "Eritrean"},
                {"ZW", "Zimbabwean"},
                {"RS", "Serbian"},
                {"BA", "Bosnian"},
                {"HR", "Croatian"},
                {"AL", "Albanian"},
                {"GE", "Georgian"},
                {"AM", "Armenian"},
                {"AZ", "Azerbaijani"},
                {"KZ", "Kazakh"},
                {"KZ", "Kazakhstani"},
                {"UZ", "Uzbek"},
                {"TJ", "Tajik"},
                {"KG", "Kyrgyz"},
                {"TM", "Turkmen"},
                {"BH", "Bahraini"},
                {"OM", "Omani"},
                {"CU", "Cuban"},
                {"MX", "Mexican"},
                {"CO", "Colombian"},
                {"BO", "Bolivian"},
                {"MM", "Burmese"},
                {"KH", "Cambodian"},
                {"VN", "Vietnamese"},
                {"TH", "Thai"},
                {"MY", "Malaysian"},
                {"IN", "Indian"},
                {"BD", "Bangladeshi"},
                {"LK", "Sri Lankan"},
                {"NP", "Nepali"},
                {"NP", "Nepalese"},
                {"JP", "Japanese"},
                {"IT", "Italian"},
                {"ES", "Spanish"},
                {"BE", "Belgian"},
                {"NL", "Dutch"},
                {"SE", "Swedish"},
                {"NO", "Norwegian"},
                {"DK", "Danish"},
                {"FI", "Finnish"},
                {"PL", "Polish"},
                {"CZ", "Czech"},
                {"SK", "Slovak"},
                {"HU", "Hungarian"},
                {"RO", "Romanian"},
                {"BG", "Bulgarian"},
                {"GR", "Greek"},
                {"CY", "Cypriot"},
                {"MT", "Maltese"},
                {"AT", "Austrian"},
                {"CH", "Swiss"},
                {"IE", "Irish"},
                {"CA", "Canadian"},
                {"AU", "Australian"},
                {"BR", "Brazilian"},
                {"AR", "Argentine"},
                {"AR", "Argentinian"},
                {"CL", "Chilean"},
                {"PE", "Peruvian"},
                {"EC", "Ecuadorian"},
                {"PA", "Panamanian"},
                {"SV", "Salvadoran"},
                {"HN", "Honduran"},
                {"MD", "Moldovan"},
                {"LV", "Latvian"},
                {"LT", "Lithuanian"},
                {"EE", "Estonian"},
                {"SI", "Slovenian"},
                {"MK", "Macedonian"},
                {"ME", "Montenegrin"},
                {"MR", "Mauritanian"},
                {"NE", "Nigerien"},
                {"TD", "Chadian"},
                {"CM", "Cameroonian"},
                {"GA", "Gabonese"},
                {"GN", "Guinean"},
                {"CI", "Ivorian"},
                {"SN", "Senegalese"},
                {"GH", "Ghanaian"},
                {"BF", "Burkinabe"},
                {"TZ", "Tanzanian"},
                {"UG", "Ugandan"},
                {"BI", "Burundian"},
                {"MZ", "Mozambican"},
                {"ZA", "South African"},
                {"ZM", "Zambian"},
                {"AO", "Angolan"},
                {"PS", "Palestinian"},
                {"XK", "Kosovar"},
                {"KR", "South Korean"},
                {"CF", "Central African"},
                {"SG", "Singaporean"},
                {"NZ", "New Zealander"},
                {"PT", "Portuguese"},
                {"LU", "Luxembourgish"},
                {"IS", "Icelandic"},
                {"UY", "Uruguayan"},
                {"PY", "Paraguayan"},
                {"DJ", "Djiboutian"},
                {"KM", "Comorian"},
                {"MN", "Mongolian"},
                {"LA", "Lao"},
                {"LA", "Laotian"},
                {"BN", "Bruneian"},
                {"TW", "Taiwanese"},
                {"HK", "Hongkonger"},
                {"ZA", "South African"},
                {"GW", "Bissau-Guinean"},
                {"LR", "Liberian"},
                {"SL", "Sierra Leonean"},
                {"TG", "Togolese"},
                {"BJ", "Beninese"},
                {"MG", "Malagasy"},
                {"NA", "Namibian"},
                {"BW", "Botswanan"},
                {"MW", "Malawian"},
        };
        for (String[] row : demonyms) {
            m.putIfAbsent(key(row[1]), row[0]);
        }
        for (String[] row : variants) {
            for (int i = 1; i < row.length; i++) {
                m.put(key(row[i]), row[0]);
            }
        }
        return Map.copyOf(m);
    }
}
