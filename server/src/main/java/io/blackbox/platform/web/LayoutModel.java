package io.blackbox.platform.web;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model, for the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("me")
    Me me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            return null;
        }
        Caller c = Callers.current().orElseThrow();
        return new Me(user.displayName(), c.label(), c.role().key(), c.orgKind().key(),
                c.role().isAdmin(), c.is(io.blackbox.platform.Role.OPERATOR_ADMIN),
                c.is(io.blackbox.platform.Role.AUDITOR) || c.is(io.blackbox.platform.Role.OPERATOR_ADMIN));
    }

    /** What the layout shows and which links it offers. */
    record Me(String displayName, String username, String role, String orgKind, boolean admin,
              boolean operatorAdmin, boolean readsAudit) {
    }
}
