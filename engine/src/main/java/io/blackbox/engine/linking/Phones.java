package io.blackbox.engine.linking;

/**
 * Phone numbers to E.164 ({@code +<country code><number>}) without libphonenumber: a leading
 * {@code +} or {@code 00} is international; otherwise a national number takes the country code of the
 * record's country (dropping the trunk 0). Without a country, a national number is kept as
 * {@code #<digits>} so two reports quoting it the same way still meet.
 */
final class Phones {

    private Phones() {
    }

    /**
     * Returns the normalised number, or null when {@code raw} is not a phone number (letters, too few
     * or too many digits).
     */
    static String normalise(String raw, String alpha2) {
        String s = raw.strip();
        int ext = indexOfExtension(s);
        if (ext >= 0) {
            s = s.substring(0, ext);
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty()) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != '\u00a0') {
                return null;
            }
        }
        String d = digits.toString();
        if (!plus && d.startsWith("00")) {
            plus = true;
            d = d.substring(2);
        }
        if (plus) {
            // "+44 (0)20 ..." is a common way to write a UK number; the (0) is not dialled
            if (d.length() > 3 && s.contains("(0)")) {
                d = d.replaceFirst("^(\\d{1,3})0", "$1");
            }
            return d.length() >= 7 && d.length() <= 15 && d.charAt(0) != '0' ? "+" + d : null;
        }
        String national = d.replaceFirst("^0+", "");
        if (national.length() < 6 || d.length() > 15) {
            return null;
        }
        String cc = Countries.callingCode(alpha2);
        if (cc != null) {
            // a number that already starts with its country code was written without the plus
            if (d.startsWith(cc) && d.length() >= 10 && !d.startsWith("0")) {
                return "+" + d;
            }
            return "+" + cc + national;
        }
        return "#" + national;
    }

    private static int indexOfExtension(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (String marker : new String[] {"ext", " x", "#"}) {
            int i = lower.indexOf(marker);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }
}
