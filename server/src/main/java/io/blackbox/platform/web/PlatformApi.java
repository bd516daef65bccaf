package io.blackbox.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.blackbox.platform.ApiKey;
import io.blackbox.platform.ApiKeys;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.Role;
import io.blackbox.platform.User;
import io.blackbox.platform.Users;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations, users, API keys and the audit trail over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Platform", description = "Organisations, users, API keys, audit trail")
class PlatformApi {

    private final Organisations organisations;
    private final Users users;
    private final ApiKeys apiKeys;
    private final AuditTrail audit;

    PlatformApi(Organisations organisations, Users users, ApiKeys apiKeys, AuditTrail audit) {
        this.organisations = organisations;
        this.users = users;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    @GetMapping("/me")
    @Operation(summary = "Who the presented API key stands for")
    Me me() {
        Caller c = Callers.require();
        return new Me(c.orgId(), c.orgKind().key(), c.role().key(), c.label(), c.scopes());
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation (operator administrators)")
    OrganisationView createOrganisation(@RequestBody NewOrganisation body) {
        return OrganisationView.of(organisations.create(body.name(), OrganisationKind.parse(body.kind())));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations the caller may see: all for operator staff, else its own")
    List<OrganisationView> organisations() {
        return organisations.visible().stream().map(OrganisationView::of).toList();
    }

    @GetMapping("/organisations/{id}")
    OrganisationView organisation(@PathVariable UUID id) {
        return organisations.find(id).map(OrganisationView::of).orElseThrow(() -> new NotFoundException("not found"));
    }

    @PostMapping("/organisations/{id}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user; without a password a one-time password is returned once")
    NewUserView createUser(@PathVariable UUID id, @RequestBody NewUser body) {
        var created = users.create(id, body.username(), body.displayName(), Role.parse(body.role()), body.password());
        return new NewUserView(UserView.of(created.user()), created.oneTimePassword());
    }

    @GetMapping("/organisations/{id}/users")
    List<UserView> users(@PathVariable UUID id) {
        return users.of(id).stream().map(UserView::of).toList();
    }

    @PostMapping("/organisations/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key; the key is in this response only and never shown again")
    NewKeyView createKey(@PathVariable UUID id, @RequestBody NewKey body) {
        Role role = body.role() == null ? null : Role.parse(body.role());
        var created = apiKeys.create(id, body.name(), body.scopes(), role);
        return new NewKeyView(created.key().id(), created.secret(), created.key().name(), created.key().role().key(),
                created.key().scopes());
    }

    @GetMapping("/organisations/{id}/api-keys")
    List<KeyView> keys(@PathVariable UUID id) {
        return apiKeys.of(id).stream().map(KeyView::of).toList();
    }

    @DeleteMapping("/organisations/{id}/api-keys/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key at once")
    void revokeKey(@PathVariable UUID id, @PathVariable UUID keyId) {
        apiKeys.revoke(id, keyId);
    }

    @GetMapping("/audit")
    @Operation(summary = "The newest audit entries with their hashes (auditors, operator administrators)")
    List<AuditTrail.AuditEntry> audit(@RequestParam(defaultValue = "100") int limit,
                                      @RequestParam(defaultValue = "9223372036854775807") long before) {
        return audit.latest(limit, before);
    }

    @GetMapping("/audit/verification")
    @Operation(summary = "Recompute the audit hash chain and name the first broken entry")
    AuditTrail.Verification verify() {
        return audit.verify();
    }

    record Me(UUID organisation, String organisationKind, String role, String label, Set<String> scopes) {
    }

    record NewOrganisation(String name, String kind) {
    }

    record OrganisationView(UUID id, String name, String kind, Instant createdAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.kind().key(), o.createdAt());
        }
    }

    record NewUser(String username, String displayName, String role, String password) {
    }

    record UserView(UUID id, UUID organisation, String username, String displayName, String role, boolean enabled) {
        static UserView of(User u) {
            return new UserView(u.id(), u.orgId(), u.username(), u.displayName(), u.role().key(), u.enabled());
        }
    }

    record NewUserView(UserView user, String oneTimePassword) {
    }

    record NewKey(String name, List<String> scopes, String role) {
    }

    record NewKeyView(UUID id, String key, String name, String role, Set<String> scopes) {
    }

    record KeyView(UUID id, String name, String role, Set<String> scopes, String prefix, Instant createdAt,
                   Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.role().key(), k.scopes(), k.prefix(), k.createdAt(), k.revokedAt());
        }
    }
}
