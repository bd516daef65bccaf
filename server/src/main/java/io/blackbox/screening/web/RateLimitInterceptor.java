package io.blackbox.screening.web;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.screening.ScreeningProperties;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Per-key rate limit on screening endpoints: a token bucket of {@code app.screening.rate-limit} tokens a
 * second holding twice that. A flood from one key gets 429 with {@code Retry-After}; other keys are
 * unaffected, two keys of one organisation with the same name included (buckets are kept by key id).
 * Signed-in users have a bucket each.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitInterceptor(ScreeningProperties props) {
        this.perSecond = props.rateLimit();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/screenings", "/api/v1/screenings/batch", "/match/**",
                "/reconcile", "/api/v1/portfolio");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/reconcile")) {
            return true;
        }
        Caller caller = Callers.current().orElse(null);
        if (caller == null) {
            return true;
        }
        Bucket b = buckets.computeIfAbsent(bucketOf(caller), k -> new Bucket(perSecond * 2));
        long waitMillis = b.take(perSecond);
        if (waitMillis > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, (waitMillis + 999) / 1000)));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:blackbox:problem:rate-limited\",\"title\":\"Too Many Requests\","
                    + "\"status\":429,\"detail\":\"this API key sends more than " + (long) perSecond
                    + " screenings a second; retry after the delay in Retry-After\"}");
            return false;
        }
        return true;
    }

    /** The bucket's name: the API key's id (names are not unique), else the user's, else organisation and label. */
    static String bucketOf(Caller caller) {
        if (caller.keyId() != null) {
            return "key:" + caller.keyId();
        }
        if (caller.userId() != null) {
            return "user:" + caller.userId();
        }
        return "caller:" + caller.orgId() + "|" + caller.label();
    }

    /** A token bucket; {@link #take} answers 0 when a token was taken, else the milliseconds until one is free. */
    private static final class Bucket {
        private final double capacity;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double capacity) {
            this.capacity = capacity;
            this.tokens = capacity;
        }

        synchronized long take(double perSecond) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1000);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
    }

}
