package io.blackbox.platform.web;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in user into every page's model, for the navigation. It runs after the handler and only
 * when a view is about to be rendered: a {@code @ModelAttribute} advice would be invoked for every request
 * of every controller, the JSON API's included (a {@code @RestController} is a {@code @Controller}), which
 * cost the screening API about 2 % of its request threads' time for an attribute it never renders.
 */
@Component
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "me";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.wasCleared() || isRedirect(view) || view.getModelMap().containsAttribute(ATTRIBUTE)) {
            return;
        }
        Me me = me();
        if (me != null) {
            view.addObject(ATTRIBUTE, me);
        }
    }

    private static boolean isRedirect(ModelAndView view) {
        String name = view.getViewName();
        return name != null && name.startsWith("redirect:")
                || view.getView() instanceof org.springframework.web.servlet.view.RedirectView;
    }

    /** The signed-in user as the layout shows them, or null for API keys and anonymous requests. */
    static Me me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            return null;
        }
        Caller c = Callers.current().orElseThrow();
        return new Me(user.displayName(), c.label(), c.role().key(), c.orgKind().key(),
                c.role().isAdmin(), c.is(Role.OPERATOR_ADMIN),
                c.is(Role.AUDITOR) || c.is(Role.OPERATOR_ADMIN));
    }

    /** What the layout shows and which links it offers. */
    record Me(String displayName, String username, String role, String orgKind, boolean admin,
              boolean operatorAdmin, boolean readsAudit) {
    }
}
