package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every platform endpoint, called with a key of every role: allowed roles succeed, every other role gets
 * a 403 problem, and unauthenticated calls a 401 problem.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Users users;

    Api api;
    String memberA;
    String memberB;
    Map<Role, String> keys;
    String memberAdminOfB;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        TestTenants t = TestTenants.create(api);
        memberA = t.memberA();
        memberB = t.memberB();
        keys = t.keys();
        memberAdminOfB = t.memberAdminOfB();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOperatorAdministratorsCreateOrganisations(Role role) {
        Api.Response r = api.post("/api/v1/organisations", keys.get(role),
                "{\"name\": \"Org by " + role + " " + UUID.randomUUID() + "\", \"kind\": \"member\"}");
        if (role == Role.OPERATOR_ADMIN) {
            assertThat(r.status()).isEqualTo(201);
        } else {
            assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void apiKeysAreCreatedByOperatorAdministratorsAndTheOrganisationsOwnAdministrator(Role role) {
        Api.Response r = api.post("/api/v1/organisations/" + memberA + "/api-keys", keys.get(role),
                "{\"name\": \"made by " + role + "\", \"scopes\": [\"read\"]}");
        if (role == Role.OPERATOR_ADMIN || role == Role.MEMBER_ADMIN) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.text("key")).startsWith("bbk_");
            assertThat(r.text("role")).isEqualTo("member_analyst");
        } else {
            assertRefused(r);
        }
    }

    @Test
    void aMemberAdministratorCannotManageAnotherMembersKeysOrUsers() {
        assertRefused(api.post("/api/v1/organisations/" + memberA + "/api-keys", memberAdminOfB,
                "{\"name\": \"intruder\", \"scopes\": [\"read\"]}"));
        assertRefused(api.get("/api/v1/organisations/" + memberA + "/users", memberAdminOfB));
        assertRefused(api.post("/api/v1/organisations/" + memberA + "/users", memberAdminOfB,
                "{\"username\": \"intruder-" + UUID.randomUUID().toString().substring(0, 6)
                        + "\", \"role\": \"member_analyst\"}"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void usersAreCreatedByOperatorAdministratorsAndTheOrganisationsOwnAdministrator(Role role) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post("/api/v1/organisations/" + memberA + "/users", keys.get(role),
                "{\"username\": \"" + username + "\", \"displayName\": \"Test User\", \"role\": \"member_analyst\"}");
        if (role == Role.OPERATOR_ADMIN || role == Role.MEMBER_ADMIN) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("oneTimePassword").asString()).hasSize(20);
            assertThat(r.json().get("user").get("username").asString()).isEqualTo(username);
        } else {
            assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAuditorsAndOperatorAdministratorsReadTheAuditTrail(Role role) {
        Api.Response r = api.get("/api/v1/audit?limit=5", keys.get(role));
        if (role == Role.AUDITOR || role == Role.OPERATOR_ADMIN) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().isArray()).isTrue();
            assertThat(r.json().get(0).get("hash").asString()).hasSize(64);
            assertThat(r.json().get(0).get("prevHash").asString()).hasSize(64);
        } else {
            assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesItsOwnOrganisationOnly(Role role) {
        Api.Response own = api.get("/api/v1/me", keys.get(role));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("role")).isEqualTo(role.key());
        Api.Response list = api.get("/api/v1/organisations", keys.get(role));
        assertThat(list.status()).isEqualTo(200);
        if (role == Role.OPERATOR_ADMIN || role == Role.OPERATOR_ANALYST || role == Role.AUDITOR) {
            assertThat(list.json().size()).isGreaterThanOrEqualTo(4);
        } else {
            assertThat(list.json().size()).isEqualTo(1);
            assertThat(list.json().get(0).get("id").asString()).isEqualTo(own.text("organisation"));
        }
    }

    @Test
    void anotherOrganisationLooksExactlyLikeAMissingOne() {
        Api.Response hidden = api.get("/api/v1/organisations/" + memberB, keys.get(Role.MEMBER_ANALYST));
        Api.Response missing = api.get("/api/v1/organisations/" + UUID.randomUUID(), keys.get(Role.MEMBER_ANALYST));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body().replace(missing.json().get("instance").asString(),
                hidden.json().get("instance").asString()));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        Api.Response created = api.post("/api/v1/organisations/" + memberA + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"to revoke\", \"scopes\": [\"read\"]}");
        String key = created.text("key");
        assertThat(api.get("/api/v1/me", key).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/organisations/" + memberA + "/api-keys/" + created.text("id"),
                keys.get(Role.MEMBER_ADMIN)).status()).isEqualTo(204);
        Api.Response after = api.get("/api/v1/me", key);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.text("detail")).contains("revoked");
    }

    /**
     * A key bound to a user acts as that user, so disabling the user stops it, at once on this node even
     * though the key was accepted (and remembered) a moment before.
     */
    @Test
    void aKeyOfADisabledUserStopsWorkingAtOnce() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = api.post("/api/v1/organisations/" + memberA + "/users", IntegrationTest.ADMIN_KEY,
                "{\"username\": \"" + username + "\", \"displayName\": \"Leaver\", \"role\": \"member_analyst\"}");
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        UUID userId = UUID.fromString(user.json().get("user").get("id").asString());
        UUID org = UUID.fromString(memberA);
        String key = "bbk_personal_key_of_" + username;
        Callers.runAsSystem("test", () -> apiKeys.register(org, userId, "personal key", List.of("read", "write"),
                Role.MEMBER_ANALYST, key));
        // the first screening of a fresh application waits for the index; this one must be quick, so that the
        // key is still remembered when the user is disabled
        assertThat(api.post("/api/v1/screenings", keys.get(Role.MEMBER_ANALYST), "{\"name\": \"Acme Trading\"}")
                .status()).isEqualTo(201);
        Api.Response screened = api.post("/api/v1/screenings", key, "{\"name\": \"Acme Trading\"}");
        assertThat(screened.status()).as(screened.body()).isEqualTo(201);

        Callers.runAsSystem("test", () -> users.setEnabled(org, userId, false));

        Api.Response after = api.post("/api/v1/screenings", key, "{\"name\": \"Acme Trading\"}");
        assertThat(after.status()).as(after.body()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.text("type")).isEqualTo("urn:blackbox:problem:unauthenticated");
        assertThat(after.text("detail")).contains("disabled");
        // the organisation's other keys are not bound to the user and keep working
        assertThat(api.get("/api/v1/me", keys.get(Role.MEMBER_ANALYST)).status()).isEqualTo(200);
    }

    @Test
    void theKeyIsShownOnceAndNeverListed() {
        Api.Response created = api.post("/api/v1/organisations/" + memberA + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"shown once\", \"scopes\": [\"read\"]}");
        String secret = created.text("key");
        Api.Response listed = api.get("/api/v1/organisations/" + memberA + "/api-keys", IntegrationTest.ADMIN_KEY);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("shown once").doesNotContain(secret);
    }

    @Test
    void aReadOnlyKeyCannotWrite() {
        String readOnly = api.post("/api/v1/organisations/" + memberA + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"reader\", \"scopes\": [\"read\"], \"role\": \"member_admin\"}").text("key");
        Api.Response r = api.post("/api/v1/organisations/" + memberA + "/api-keys", readOnly,
                "{\"name\": \"x\", \"scopes\": [\"read\"]}");
        assertRefused(r);
        assertThat(r.text("detail")).contains("read scope");
    }

    @Test
    void unauthenticatedCallsGetAProblem() {
        Api.Response none = api.get("/api/v1/organisations", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.text("type")).isEqualTo("urn:blackbox:problem:unauthenticated");
        Api.Response wrong = api.get("/api/v1/organisations", "bbk_not_a_key");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingChanges() {
        String admin = IntegrationTest.ADMIN_KEY;
        int before = api.get("/api/v1/organisations", admin).json().size();

        Api.Response malformed = api.post("/api/v1/organisations", admin, "{\"name\": \"half");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("type")).isEqualTo("urn:blackbox:problem:malformed-json");
        assertThat(malformed.body()).doesNotContain("tools.jackson").doesNotContain("Exception");

        Api.Response unknown = api.post("/api/v1/organisations", admin,
                "{\"name\": \"Unknown Field Ltd\", \"kind\": \"member\", \"colour\": \"red\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("colour");

        Api.Response badKind = api.post("/api/v1/organisations", admin, "{\"name\": \"Kind Ltd\", \"kind\": \"bank\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text("detail")).contains("bank");

        Api.Response empty = api.post("/api/v1/organisations", admin, "{\"name\": \"  \", \"kind\": \"member\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("field")).isEqualTo("name");

        Api.Response huge = api.post("/api/v1/organisations", admin,
                "{\"name\": \"" + "x".repeat(70_000) + "\", \"kind\": \"member\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.text("type")).isEqualTo("urn:blackbox:problem:body-too-large");

        Api.Response badScope = api.post("/api/v1/organisations/" + memberA + "/api-keys", admin,
                "{\"name\": \"k\", \"scopes\": [\"admin\"]}");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.text("field")).isEqualTo("scopes");

        Api.Response badRole = api.post("/api/v1/organisations/" + memberA + "/users", admin,
                "{\"username\": \"someone\", \"role\": \"operator_admin\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text("field")).isEqualTo("role");

        assertThat(api.get("/api/v1/organisations", admin).json().size()).isEqualTo(before);
    }

    @Test
    void aDuplicateOrganisationNameIsAConflict() {
        String name = "Twice Ltd " + UUID.randomUUID();
        assertThat(api.post("/api/v1/organisations", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"" + name + "\", \"kind\": \"member\"}").status()).isEqualTo(201);
        Api.Response again = api.post("/api/v1/organisations", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"" + name + "\", \"kind\": \"member\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:blackbox:problem:conflict");
    }

    @Test
    void openApiAndHealthAreServed() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/organisations")).isTrue();
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
        assertThat(api.get("/actuator/prometheus", keys.get(Role.MEMBER_ANALYST)).status()).isEqualTo(403);
        Api.Response metrics = api.get("/actuator/prometheus", IntegrationTest.ADMIN_KEY);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private static void assertRefused(Api.Response r) {
        TestTenants.assertRefused(r);
    }
}
