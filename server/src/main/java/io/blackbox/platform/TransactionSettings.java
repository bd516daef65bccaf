package io.blackbox.platform;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Transaction-local settings that row policies read beyond the caller's own (which every transaction states),
 * stated by each transaction that begins while some work runs, in the one statement that states the caller:
 * a module whose policies read a setting of its own (the reports module's {@code app.reporter_tag}) passes it
 * here instead of stating it with a statement of its own, a database round trip, at the start of each
 * transaction. Only names under {@code app.} are accepted. Work started inside replaces the settings for
 * its own duration; threads the work starts do not inherit them.
 */
public final class TransactionSettings {

    private static final ScopedValue<Map<String, String>> SETTINGS = ScopedValue.newInstance();
    private static final Pattern NAME = Pattern.compile("app\\.[a-z_]+");

    private TransactionSettings() {
    }

    /** Runs {@code work} with {@code settings} stated by every transaction it begins. */
    public static <T> T with(Map<String, String> settings, Supplier<T> work) {
        settings.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches() || value == null) {
                throw new IllegalArgumentException("not a transaction setting of the application: " + name);
            }
        });
        return ScopedValue.where(SETTINGS, Map.copyOf(settings)).call(work::get);
    }

    /** The settings a transaction beginning now states besides the caller's (empty outside {@link #with}). */
    public static Map<String, String> current() {
        return SETTINGS.isBound() ? SETTINGS.get() : Map.of();
    }
}
