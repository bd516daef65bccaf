package io.blackbox.engine.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legal forms of organisations, recognised on normalised tokens and mapped to a canonical class and a
 * family. Forms are tagged rather than dropped: "Acme LLC" and "Acme GmbH" share a family (limited
 * liability) and differ only slightly, while "Acme LLC" and "Acme JSC" are more likely different
 * companies.
 */
public final class LegalForms {

    /** A canonical legal form and its family. */
    public record Form(String canonical, String family) {
    }

    /** A form found in a token list: how many tokens it spans and what it is. */
    public record Found(int length, Form form) {
    }

    static final String LIMITED = "limited-liability";
    static final String STOCK = "joint-stock";
    static final String PARTNERSHIP = "partnership";
    static final String GENERIC = "generic";

    private static final Map<List<String>, Form> FORMS = new HashMap<>();
    /** Each canonical form's family. */
    private static final Map<String, String> FAMILIES = new HashMap<>();
    private static final int LONGEST;

    static {
        limited("llc", "llc", "l l c", "limited liability company", "limited liability co", "ooo", "tov", "too",
                "obshchestvo s ogranichennoi otvetstvennostyu", "obshchestvo s ogranichennoy otvetstvennostyu",
                "tovarystvo z obmezhenoiu vidpovidalnistiu", "societe a responsabilite limitee");
        limited("ltd", "ltd", "limited", "ltda", "pvt ltd", "private limited", "pte ltd", "pty ltd", "co ltd",
                "company limited", "sdn bhd", "bhd", "pte", "pty", "pvt", "ltee");
        limited("gmbh", "gmbh", "g m b h", "gesellschaft mit beschrankter haftung", "mbh");
        limited("sarl", "sarl", "s a r l", "srl", "s r l", "sro", "s r o", "spzoo", "sp z o o", "doo", "d o o",
                "kft", "eurl", "bvba", "lda");
        limited("bv", "bv", "b v");
        limited("fze", "fze", "fzco", "fzc", "fz llc", "fzllc", "free zone establishment", "free zone company");
        stock("jsc", "jsc", "joint stock company", "ojsc", "cjsc", "pjsc", "pao", "oao", "zao", "ao", "pat", "prat",
                "public joint stock company", "closed joint stock company", "open joint stock company", "jsco",
                "aktsionernoe obshchestvo", "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo", "aktsionerne tovarystvo", "joint stock co");
        stock("ag", "ag", "aktiengesellschaft");
        stock("sa", "sa", "s a", "sociedad anonima", "societe anonyme", "sa de cv", "s a de c v", "sab de cv",
                "sas", "s a s", "saa", "sal", "s a l", "saog", "saoc", "psc", "pjs");
        stock("plc", "plc", "public limited company");
        stock("nv", "nv", "n v");
        stock("spa", "spa", "s p a");
        stock("ab", "ab", "aktiebolag");
        stock("as", "asa", "a s");
        stock("kk", "kk", "kabushiki kaisha");
        stock("inc", "inc", "incorporated");
        stock("corp", "corp", "corporation");
        partnership("llp", "llp", "l l p", "limited liability partnership");
        partnership("lp", "lp", "l p", "limited partnership", "kg", "gmbh co kg", "ohg", "gbr", "snc");
        generic("co", "co", "company", "cie");
        generic("group", "holding", "holdings");
        int longest = 0;
        for (List<String> k : FORMS.keySet()) {
            longest = Math.max(longest, k.size());
        }
        LONGEST = longest;
    }

    private LegalForms() {
    }

    private static void limited(String canonical, String... spellings) {
        add(new Form(canonical, LIMITED), spellings);
    }

    private static void stock(String canonical, String... spellings) {
        add(new Form(canonical, STOCK), spellings);
    }

    private static void partnership(String canonical, String... spellings) {
        add(new Form(canonical, PARTNERSHIP), spellings);
    }

    private static void generic(String canonical, String... spellings) {
        add(new Form(canonical, GENERIC), spellings);
    }

    private static void add(Form form, String... spellings) {
        FAMILIES.put(form.canonical(), form.family());
        for (String s : spellings) {
            FORMS.put(List.of(s.split(" ")), form);
        }
    }

    /**
     * The longest legal form starting at {@code start} in {@code tokens}, or null.
     *
     * @param tokens lower-case ASCII tokens
     */
    public static Found at(List<String> tokens, int start) {
        for (int len = Math.min(LONGEST, tokens.size() - start); len >= 1; len--) {
            Form f = FORMS.get(tokens.subList(start, start + len));
            if (f != null) {
                return new Found(len, f);
            }
        }
        return null;
    }

    /** The family of a canonical form: limited-liability, joint-stock, partnership or generic. */
    public static String family(String canonical) {
        return FAMILIES.getOrDefault(canonical, GENERIC);
    }

    /**
     * How strongly two sets of canonical legal forms conflict: 0 when either is empty or they share a form
     * or only generic words differ, 0.5 when they differ within one family, 1 when the families differ.
     */
    public static double conflict(List<String> a, List<String> b) {
        // called for every pair of company names a screening compares: no streams, no lists made
        boolean specificA = false;
        boolean specificB = false;
        boolean sameFamily = false;
        for (String f : a) {
            String family = family(f);
            if (family.equals(GENERIC)) {
                continue;
            }
            specificA = true;
            for (String g : b) {
                String other = family(g);
                if (other.equals(GENERIC)) {
                    continue;
                }
                specificB = true;
                if (f.equals(g)) {
                    return 0;
                }
                sameFamily |= family.equals(other);
            }
        }
        if (!specificA || !specificB) {
            return 0;
        }
        return sameFamily ? 0.5 : 1;
    }
}
