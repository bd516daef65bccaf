package io.blackbox.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.blackbox.platform.ApiKeys;
import io.blackbox.platform.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates {@code Authorization: Bearer <api key>}. A wrong key counts against the client address,
 * which is refused with 429 after too many; a key without the write scope may only read.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys apiKeys;
    private final LoginThrottle throttle;
    private final JsonMapper json;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, LoginThrottle throttle, JsonMapper json) {
        this.apiKeys = apiKeys;
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        // OpenRefine cannot send headers to a reconciliation service, so /reconcile also takes the key
        // as a parameter (documented in docs/screening.md with its risk: keys in URLs reach logs).
        String param = request.getParameter("api_key");
        if (header == null && param != null && request.getRequestURI().startsWith(request.getContextPath() + "/reconcile")) {
            header = "Bearer " + param;
        }
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "the Authorization header must be 'Bearer <api key>'"));
            return;
        }
        String throttleKey = "api|" + request.getRemoteAddr();
        Duration wait = throttle.retryAfter(throttleKey);
        if (!wait.isZero()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-failures",
                    "too many requests with invalid API keys from this address; retry later"));
            return;
        }
        Caller caller = apiKeys.authenticate(header.substring(7).strip()).orElse(null);
        if (caller == null) {
            throttle.failed(throttleKey);
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "the API key is unknown or revoked, or its user is disabled"));
            return;
        }
        if (!caller.canWrite() && !isRead(request.getMethod())) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "access-refused",
                    "this API key has the read scope only"));
            return;
        }
        var auth = new PreAuthenticatedAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority(caller.role().authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
