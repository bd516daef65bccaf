package io.blackbox.engine.names;

/**
 * Brings the Latin spellings of one East Slavic name to one form for comparison. Lists write a Ukrainian or
 * Belarusian person's name from Ukrainian (Iermakov, Valerii, Mykolaiovych), from Russian (Ermakov,
 * Valery, Nikolaevich) or by other systems (Jermakov, Valerij, Mikolajovič); and each letter й, и, ы, є,
 * г has several Latin spellings. The folding writes y, j and ij as i, a Ukrainian h (the Russian g) as g,
 * an initial ye, ie or je as e, an initial ole as ale and a final ander as andr (Oleksandr, Aleksandr,
 * Alexander), and the patronymic endings (-ovych, -ovich, -evich, -ovič, -ivna, -ovna, -evna) as one. Cyrillic has no x and no w: it writes x as кс (Maksim for Maxim, Aleksei for Alexei) and
 * the English w mostly as у (Уильям, Эдуард, Оуэнс for William, Edward, Owens), so x folds to ks and w to u.
 */
public final class SlavicSpelling {

    private SlavicSpelling() {
    }

    /**
     * The folded spelling of a lower-case ASCII token. The name comparison folds each word once when it
     * prepares a name, not for every pair of words it compares.
     */
    public static String fold(String s) {
        String v = s.replace("kh", "\u0001").replace("zh", "\u0002").replace("sh", "\u0003").replace("ch", "c")
                .replace('h', 'g').replace('\u0001', 'h').replace("\u0002", "zh").replace("\u0003", "sh")
                .replace('y', 'i').replace('j', 'i').replace("x", "ks").replace('w', 'u');
        if (v.startsWith("ie")) {
            v = v.substring(1);
        }
        // Ukrainian writes an initial o where Russian has a (Олександр, Oleksandr; Александр, Aleksandr), and
        // the Russian -andr is -ander in the West (Alexander)
        if (v.startsWith("ole")) {
            v = "ale" + v.substring(3);
        }
        if (v.endsWith("ander")) {
            v = v.substring(0, v.length() - 2) + "r";
        }
        v = v.replace("ii", "i").replace("iio", "io");
        if (v.endsWith("ovic") || v.endsWith("evic")) {
            v = v.substring(0, v.length() - 4) + "ovic";
        } else if (v.endsWith("ivna") || v.endsWith("ovna") || v.endsWith("evna")) {
            v = v.substring(0, v.length() - 4) + "ovna";
        }
        return v;
    }

    /** Whether a folded token ends as a patronymic. */
    public static boolean isPatronymic(String folded) {
        return folded.length() >= 8 && (folded.endsWith("ovic") || folded.endsWith("ovna"));
    }
}
