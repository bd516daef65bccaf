package io.blackbox.platform.web;

import java.io.IOException;
import java.time.Duration;

import io.blackbox.platform.ApiKeys;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Callers;
import io.blackbox.platform.PlatformProperties;
import io.blackbox.platform.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the machine API (Bearer API keys, stateless, no CSRF since no cookie authenticates
 * it) and the browser UI (form sign-in, sessions, CSRF tokens).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] API_PATHS = {"/api/**", "/match/**", "/reconcile/**", "/actuator/prometheus"};

    /**
     * No tracing observation around each security filter and authorisation decision: on the API that
     * wrapped every request in a dozen observations, about a tenth of a screening's CPU time, and nobody
     * reads them. The HTTP request metrics (Prometheus) and the audit trail are unaffected.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeys apiKeys, LoginThrottle throttle, JsonMapper json,
                                 PlatformProperties props) throws Exception {
        http.securityMatcher(API_PATHS)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BodySizeLimitFilter(props.maxRequestBody().toBytes(), json),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, throttle, json),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/prometheus").hasAnyRole("OPERATOR_ADMIN", "OPERATOR_ANALYST")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, json, Problems.of(
                                HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "this API needs 'Authorization: Bearer <api key>'")))
                        .accessDeniedHandler((req, res, ex) -> Problems.write(res, json, Problems.of(
                                HttpStatus.FORBIDDEN, "access-refused", "your role may not do this"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, LoginThrottle throttle, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(onSuccess(throttle, audit))
                        .failureHandler(onFailure(throttle, audit)))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new SignInEntryPoint()).accessDeniedHandler((req, res, ex) -> {
                    boolean csrf = ex instanceof CsrfException;
                    req.setAttribute("problem", csrf
                            ? "The form was not sent from this site or has expired. Reload the page and try again."
                            : "Your role may not open this page.");
                    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    req.getRequestDispatcher("/error/forbidden").forward(req, res);
                }))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .addFilterBefore(throttleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Sends anonymous visitors to the sign-in page, saying so when their session has expired. */
    private static final class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {
        SignInEntryPoint() {
            super("/login");
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                         AuthenticationException exception) {
            boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            return expired ? "/login?expired" : "/login";
        }
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return username -> users.findForLogin(username)
                .map(r -> new SignedInUser(r.caller(), r.displayName(), r.passwordHash(), r.enabled(),
                        r.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    static String throttleKey(HttpServletRequest request) {
        String user = request.getParameter("username");
        return "ui|" + (user == null ? "" : user.strip()) + "|" + request.getRemoteAddr();
    }

    private static OncePerRequestFilter throttleFilter(LoginThrottle throttle) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(req.getMethod())
                        && "/login".equals(req.getRequestURI().substring(req.getContextPath().length()))) {
                    Duration wait = throttle.retryAfter(throttleKey(req));
                    if (!wait.isZero()) {
                        res.sendRedirect(req.getContextPath() + "/login?locked=" + Math.max(1, wait.toMinutes() + 1));
                        return;
                    }
                }
                chain.doFilter(req, res);
            }
        };
    }

    private static AuthenticationSuccessHandler onSuccess(LoginThrottle throttle, AuditTrail audit) {
        return (req, res, auth) -> {
            throttle.succeeded(throttleKey(req));
            SignedInUser user = (SignedInUser) auth.getPrincipal();
            Callers.runAsSystem("login", () -> audit.record("login.success", "user",
                    user.caller().userId().toString(), user.caller().orgId(), "username=" + user.getUsername()));
            res.sendRedirect(req.getContextPath() + (user.mustChangePassword() ? "/account/password" : "/"));
        };
    }

    private static AuthenticationFailureHandler onFailure(LoginThrottle throttle, AuditTrail audit) {
        return (req, res, ex) -> {
            throttle.failed(throttleKey(req));
            String username = req.getParameter("username");
            String shown = username == null ? "" : username.strip();
            Callers.runAsSystem("login", () -> audit.record("login.failure", "user", null, null,
                    "username=" + (shown.length() > 100 ? shown.substring(0, 100) : shown)));
            res.sendRedirect(req.getContextPath() + "/login?error");
        };
    }
}
