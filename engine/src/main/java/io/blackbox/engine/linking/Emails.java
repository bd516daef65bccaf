package io.blackbox.engine.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** E-mail addresses and web domains: lower-casing, validation, and the packaged webmail list. */
final class Emails {

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@([a-z0-9-]+\\.)+[a-z]{2,}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9-]+\\.)+[a-z]{2,}");

    /** Free mail providers: a shared one says nothing about identity. */
    static final Set<String> WEBMAIL = load("webmail-domains.txt");

    private Emails() {
    }

    /** The lower-cased address, or null when it is not an e-mail address. */
    static String normalise(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("mailto:")) {
            s = s.substring(7);
        }
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return EMAIL.matcher(s).matches() ? s : null;
    }

    static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }

    /** The host of a web site without scheme, path, port or "www.", or null when it is not one. */
    static String domain(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return DOMAIN.matcher(s).matches() ? s : null;
    }

    static boolean isWebmail(String domain) {
        return WEBMAIL.contains(domain);
    }

    static Set<String> load(String resource) {
        Set<String> values = new HashSet<>();
        try (InputStream in = Emails.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the engine jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String v = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(values);
    }
}
