package io.blackbox.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a user who signed in with a one-time password to the password page until it sets its own. */
final class PasswordChangeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()
                && !path.equals("/account/password") && !path.equals("/logout") && !path.startsWith("/css/")
                && !path.startsWith("/webjars/") && !path.startsWith("/error")) {
            res.sendRedirect(req.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(req, res);
    }
}
