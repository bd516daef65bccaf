package io.blackbox.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Finds the {@link Caller} of the current thread: the system while {@link #runAsSystem} runs (or the caller
 * {@link #runAs} was given), else the principal that Spring Security authenticated.
 */
public final class Callers {

    private static final ThreadLocal<Caller> OVERRIDE = new ThreadLocal<>();

    private Callers() {
    }

    public static Optional<Caller> current() {
        Caller override = OVERRIDE.get();
        if (override != null) {
            return Optional.of(override);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return switch (auth.getPrincipal()) {
            case Caller c -> Optional.of(c);
            case CallerHolder h -> Optional.of(h.caller());
            case null, default -> Optional.empty();
        };
    }

    /** The current caller, or an {@link AccessRefusedException} when nobody is signed in. */
    public static Caller require() {
        return current().orElseThrow(() -> new AccessRefusedException("authentication required"));
    }

    /** Runs {@code work} as the system, which sees across organisations; for start-up, jobs and the command line. */
    public static <T> T runAsSystem(String what, Supplier<T> work) {
        return runAs(Caller.system(what), work);
    }

    /**
     * Runs {@code work} as {@code caller}, whatever the thread's own caller is; transactions begun inside
     * state it to the row policies. For a module that reads on behalf of a caller it constructs (such as
     * the directory's reader of what every member may see); the previous caller returns afterwards.
     */
    public static <T> T runAs(Caller caller, Supplier<T> work) {
        java.util.Objects.requireNonNull(caller, "caller");
        Caller previous = OVERRIDE.get();
        OVERRIDE.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAsSystem(String what, Runnable work) {
        runAsSystem(what, () -> {
            work.run();
            return null;
        });
    }

    /** Implemented by security principals that carry a caller (a signed-in user's session). */
    public interface CallerHolder {
        Caller caller();
    }
}
