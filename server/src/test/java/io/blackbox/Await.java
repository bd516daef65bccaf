package io.blackbox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits in tests for what the server does in the background (jobs, alerts, deliveries). */
public final class Await {
    private static final Duration DEFAULT = Duration.ofSeconds(90);

    private Await() {
    }

    /** Polls until the condition holds; fails the test after 90 s. */
    public static void until(BooleanSupplier condition) {
        until(DEFAULT, condition);
    }

    /** Polls until the condition holds; fails the test after the timeout. */
    public static void until(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
