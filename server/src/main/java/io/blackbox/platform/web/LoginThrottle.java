package io.blackbox.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import io.blackbox.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per key (user and address, or address alone for API keys) and refuses a key
 * that failed too often within the window until the window has passed. In memory: on a restart the
 * counts start afresh, which bounds an attack to the same rate per process.
 */
@Component
final class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(PlatformProperties props) {
        this(props.loginFailures(), props.loginWindow(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code key} must still wait, or {@link Duration#ZERO} when it may try. */
    Duration retryAfter(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
                times.pollFirst();
            }
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    void failed(String key) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of distinct keys must not exhaust memory
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > maxFailures) {
                times.pollFirst();
            }
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }
}
