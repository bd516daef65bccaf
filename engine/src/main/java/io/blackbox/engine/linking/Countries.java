package io.blackbox.engine.linking;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country strings to ISO 3166-1 alpha-2 codes, and alpha-2 codes to telephone country codes. */
final class Countries {

    private static final Map<String, String> TO_ALPHA2 = new HashMap<>();
    private static final Map<String, String> CALLING = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            Locale l = Locale.of("", cc);
            TO_ALPHA2.put(cc.toLowerCase(Locale.ROOT), cc);
            try {
                TO_ALPHA2.put(l.getISO3Country().toLowerCase(Locale.ROOT), cc);
            } catch (java.util.MissingResourceException ignored) {
                // a few codes have no alpha-3; the alpha-2 and the name still work
            }
            TO_ALPHA2.put(BasicNameNormaliser.fold(l.getDisplayCountry(Locale.ENGLISH)), cc);
        }
        String[][] aliases = {{"uae", "AE"}, {"u a e", "AE"}, {"usa", "US"}, {"u s a", "US"}, {"united states", "US"},
                {"united states of america", "US"}, {"uk", "GB"}, {"great britain", "GB"}, {"england", "GB"},
                {"russia", "RU"}, {"russian federation", "RU"}, {"iran", "IR"}, {"iran islamic republic of", "IR"},
                {"north korea", "KP"}, {"dprk", "KP"}, {"korea north", "KP"}, {"south korea", "KR"},
                {"korea south", "KR"}, {"korea republic of", "KR"}, {"syria", "SY"}, {"turkey", "TR"},
                {"turkiye", "TR"}, {"burma", "MM"}, {"czech republic", "CZ"}, {"hong kong", "HK"},
                {"taiwan", "TW"}, {"vietnam", "VN"}, {"viet nam", "VN"}, {"prc", "CN"}, {"macau", "MO"},
                {"ivory coast", "CI"}, {"cote d ivoire", "CI"}, {"congo democratic republic of the", "CD"},
                {"palestinian", "PS"}, {"west bank", "PS"}, {"gaza", "PS"}, {"region crimea", "UA"}};
        for (String[] a : aliases) {
            TO_ALPHA2.put(a[0], a[1]);
        }
        String codes = "AD376 AE971 AF93 AL355 AM374 AO244 AR54 AT43 AU61 AZ994 BA387 BD880 BE32 BF226 BG359 "
                + "BH973 BI257 BJ229 BN673 BO591 BR55 BS1 BT975 BW267 BY375 BZ501 CA1 CD243 CF236 CG242 CH41 "
                + "CI225 CL56 CM237 CN86 CO57 CR506 CU53 CV238 CY357 CZ420 DE49 DJ253 DK45 DO1 DZ213 EC593 "
                + "EE372 EG20 ER291 ES34 ET251 FI358 FJ679 FR33 GA241 GB44 GE995 GH233 GM220 GN224 GQ240 "
                + "GR30 GT502 GW245 GY592 HK852 HN504 HR385 HT509 HU36 ID62 IE353 IL972 IN91 IQ964 IR98 "
                + "IS354 IT39 JM1 JO962 JP81 KE254 KG996 KH855 KM269 KP850 KR82 KW965 KZ7 LA856 LB961 LI423 "
                + "LK94 LR231 LS266 LT370 LU352 LV371 LY218 MA212 MC377 MD373 ME382 MG261 MK389 ML223 MM95 "
                + "MN976 MO853 MR222 MT356 MU230 MV960 MW265 MX52 MY60 MZ258 NA264 NE227 NG234 NI505 NL31 "
                + "NO47 NP977 NZ64 OM968 PA507 PE51 PG675 PH63 PK92 PL48 PS970 PT351 PY595 QA974 RO40 RS381 "
                + "RU7 RW250 SA966 SC248 SD249 SE46 SG65 SI386 SK421 SL232 SN221 SO252 SR597 SS211 SV503 "
                + "SY963 SZ268 TD235 TG228 TH66 TJ992 TM993 TN216 TR90 TT1 TW886 TZ255 UA380 UG256 US1 "
                + "UY598 UZ998 VE58 VN84 YE967 ZA27 ZM260 ZW263 XK383 CY357 MT356 AW297 BB1 PR1";
        for (String c : codes.split(" ")) {
            CALLING.put(c.substring(0, 2), c.substring(2));
        }
    }

    private Countries() {
    }

    /** The alpha-2 code for a code or English name, or null when unknown. */
    static String toAlpha2(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return TO_ALPHA2.get(BasicNameNormaliser.fold(raw));
    }

    /** The telephone country code (digits, no plus) for an alpha-2 code, or null. */
    static String callingCode(String alpha2) {
        return alpha2 == null ? null : CALLING.get(alpha2);
    }
}
