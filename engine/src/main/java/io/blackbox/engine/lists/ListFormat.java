package io.blackbox.engine.lists;

import java.util.Locale;

/**
 * Every list file format the engine reads, with the lower-case key the CLI and the server use.
 * The source keys each format produces are documented on the constant and in docs/lists.md.
 */
public enum ListFormat {
    /** OFAC legacy CSV set sdn.csv, alt.csv, add.csv, sdn_comments.csv; source {@code us-ofac-sdn}. */
    OFAC_SDN("ofac-sdn"),
    /** OFAC non-SDN legacy CSV set cons_prim, cons_alt, cons_add, cons_comments; source {@code us-ofac-cons}. */
    OFAC_CONS("ofac-cons"),
    /** UN Security Council consolidated list XML; source {@code un-sc}. */
    UN_XML("un-xml"),
    /** US Consolidated Screening List, official CSV layout; one source per list, {@code us-csl-*}. */
    CSL_CSV("csl-csv"),
    /** US Consolidated Screening List, compact screening-list.json; one source per list, {@code us-csl-*}. */
    CSL_JSON("csl-json"),
    /** BIS Denied Persons List, legacy tab-separated dpl.txt; source {@code us-bis-dpl}. */
    BIS_DPL("bis-dpl"),
    /** EU sanctions regulation annexes, one CSV per CELEX regulation; source {@code eu-annexes}. */
    EU_ANNEX("eu-annex"),
    /** DoD Section 1260H Chinese military companies; source {@code us-dod-1260h}. */
    DOD_1260H("dod-1260h"),
    /** BIS Military-Intelligence End User list; source {@code us-bis-mieu}. */
    BIS_MIEU("bis-mieu"),
    /** A member's own list, {@code id,name[,aliases,type,country,dob,address]}; source given by the caller. */
    CUSTOM_CSV("custom-csv"),
    /** FollowTheMoney entities, one JSON object per line; source from each entity's first dataset. */
    FTM_JSON("ftm-json");

    private final String key;

    ListFormat(String key) {
        this.key = key;
    }

    /** The lower-case key, e.g. {@code ofac-sdn}. */
    public String key() {
        return key;
    }

    /**
     * Parses a key such as {@code ofac-sdn} (the enum name is accepted too).
     *
     * @throws IllegalArgumentException naming the value and the known keys
     */
    public static ListFormat fromKey(String value) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (ListFormat f : values()) {
                if (f.key.equals(v)) {
                    return f;
                }
            }
        }
        StringBuilder known = new StringBuilder();
        for (ListFormat f : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(f.key);
        }
        throw new IllegalArgumentException("unknown list format '" + value + "' (known: " + known + ")");
    }

    @Override
    public String toString() {
        return key;
    }
}
