package io.blackbox.platform.web;

import java.util.List;
import java.util.UUID;

import io.blackbox.platform.ApiKeys;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.DomainException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform's pages: sign-in, home, own password, organisations with their users and keys, audit. */
@Controller
class PlatformPages {

    private final Organisations organisations;
    private final Users users;
    private final ApiKeys apiKeys;
    private final AuditTrail audit;

    PlatformPages(Organisations organisations, Users users, ApiKeys apiKeys, AuditTrail audit) {
        this.organisations = organisations;
        this.users = users;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("organisation", organisations.find(caller.orgId()).orElse(null));
        return "platform/home";
    }

    @GetMapping("/error/forbidden")
    String forbidden() {
        return "platform/forbidden";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "platform/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String repeatPassword, Model model, HttpServletRequest request,
                          HttpServletResponse response) {
        if (!newPassword.equals(repeatPassword)) {
            model.addAttribute("error", "The two new passwords differ.");
            return "platform/password";
        }
        try {
            users.changeOwnPassword(currentPassword, newPassword);
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return "platform/password";
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth.getPrincipal() instanceof SignedInUser user) {
            SignedInUser updated = user.withPasswordChanged();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                    updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
        return "redirect:/?passwordChanged";
    }

    @GetMapping("/admin/organisations")
    String organisations(Model model) {
        requireRole(Role.OPERATOR_ADMIN);
        model.addAttribute("organisations", organisations.visible());
        model.addAttribute("kinds", OrganisationKind.values());
        return "platform/organisations";
    }

    @PostMapping("/admin/organisations")
    String createOrganisation(@RequestParam String name, @RequestParam String kind, Model model) {
        try {
            Organisation org = organisations.create(name, OrganisationKind.parse(kind));
            return "redirect:/admin/organisations/" + org.id();
        } catch (DomainException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return organisations(model);
        }
    }

    /** A member administrator's own organisation. */
    @GetMapping("/admin/organisation")
    String ownOrganisation() {
        return "redirect:/admin/organisations/" + Callers.require().orgId();
    }

    @GetMapping("/admin/organisations/{id}")
    String organisation(@PathVariable UUID id, Model model) {
        Organisation org = organisations.find(id).orElseThrow(() -> new NotFoundException("no such organisation"));
        model.addAttribute("org", org);
        model.addAttribute("users", users.of(id));
        model.addAttribute("keys", apiKeys.of(id));
        model.addAttribute("roles", List.of(Role.values()).stream().filter(r -> r.allowedIn(org.kind())).toList());
        return "platform/organisation";
    }

    @PostMapping("/admin/organisations/{id}/users")
    String createUser(@PathVariable UUID id, @RequestParam String username, @RequestParam String displayName,
                      @RequestParam String role, Model model) {
        try {
            var created = users.create(id, username, displayName, Role.parse(role), null);
            model.addAttribute("createdUser", created.user());
            model.addAttribute("oneTimePassword", created.oneTimePassword());
        } catch (DomainException | IllegalArgumentException e) {
            model.addAttribute("userError", e.getMessage());
        }
        return organisation(id, model);
    }

    @PostMapping("/admin/organisations/{id}/users/{userId}/enabled")
    String setEnabled(@PathVariable UUID id, @PathVariable UUID userId, @RequestParam boolean enabled, Model model) {
        try {
            users.setEnabled(id, userId, enabled);
        } catch (DomainException e) {
            model.addAttribute("userError", e.getMessage());
        }
        return organisation(id, model);
    }

    @PostMapping("/admin/organisations/{id}/api-keys")
    String createKey(@PathVariable UUID id, @RequestParam String name,
                     @RequestParam(required = false) List<String> scopes, Model model) {
        try {
            var created = apiKeys.create(id, name, scopes, null);
            model.addAttribute("createdKey", created.key());
            model.addAttribute("secret", created.secret());
        } catch (DomainException | IllegalArgumentException e) {
            model.addAttribute("keyError", e.getMessage());
        }
        return organisation(id, model);
    }

    /** Revokes and answers with the key's row, which htmx swaps in place. */
    @PostMapping("/admin/organisations/{id}/api-keys/{keyId}/revoke")
    String revokeKey(@PathVariable UUID id, @PathVariable UUID keyId, Model model,
                     HttpServletRequest request) {
        apiKeys.revoke(id, keyId);
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("org", organisations.find(id).orElseThrow());
            model.addAttribute("k", apiKeys.find(keyId).orElseThrow());
            return "platform/organisation :: keyRow";
        }
        return "redirect:/admin/organisations/" + id;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "9223372036854775807") long before, Model model) {
        var entries = audit.latest(100, before);
        model.addAttribute("entries", entries);
        model.addAttribute("next", entries.size() == 100 ? entries.getLast().seq() : null);
        return "platform/audit";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "platform/audit :: verification";
    }

    private static void requireRole(Role role) {
        if (!Callers.require().is(role)) {
            throw new io.blackbox.platform.AccessRefusedException("this page is for " + role.key().replace('_', ' ') + "s");
        }
    }
}
