package io.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.blackbox.platform.Role;

/**
 * Fresh organisations for one test class: two member firms, a regulator, and an API key for every role
 * (member roles in member A), made through the real API.
 */
public record TestTenants(String memberA, String memberB, String regulator, String operator,
                          Map<Role, String> keys, String memberAdminOfB, String memberAnalystOfB) {

    /**
     * Two member firms ("Member A …", "Member B …"), a regulator and keys for every role. A test that checks a
     * firm's name never shows looks for "Member A " with its space: a pseudonym other members see is
     * "Member " and eight letters and digits, which may begin with an A.
     */
    public static TestTenants create(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = org(api, "Member A " + suffix, "member");
        String b = org(api, "Member B " + suffix, "member");
        String r = org(api, "Regulator " + suffix, "regulator");
        String op = api.get("/api/v1/me", IntegrationTest.ADMIN_KEY).text("organisation");
        Map<Role, String> keys = new EnumMap<>(Role.class);
        keys.put(Role.OPERATOR_ADMIN, IntegrationTest.ADMIN_KEY);
        keys.put(Role.MEMBER_ANALYST, key(api, a, "member_analyst"));
        keys.put(Role.MEMBER_ADMIN, key(api, a, "member_admin"));
        keys.put(Role.OPERATOR_ANALYST, key(api, op, "operator_analyst"));
        keys.put(Role.REGULATOR, key(api, r, "regulator"));
        keys.put(Role.AUDITOR, key(api, op, "auditor"));
        return new TestTenants(a, b, r, op, keys, key(api, b, "member_admin"), key(api, b, "member_analyst"));
    }

    public String key(Role role) {
        return keys.get(role);
    }

    private static String org(Api api, String name, String kind) {
        Api.Response res = api.post("/api/v1/organisations", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}");
        assertThat(res.status()).as(res.body()).isEqualTo(201);
        assertThat(res.text("name")).isEqualTo(name);
        assertThat(res.text("kind")).isEqualTo(kind);
        return res.text("id");
    }

    private static String key(Api api, String org, String role) {
        Api.Response res = api.post("/api/v1/organisations/" + org + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"" + role + " key\", \"scopes\": [\"read\", \"write\"], \"role\": \"" + role + "\"}");
        assertThat(res.status()).as(res.body()).isEqualTo(201);
        assertThat(res.text("key")).startsWith("bbk_");
        return res.text("key");
    }

    /** Asserts a 403 problem with the access-refused type. */
    public static void assertRefused(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:access-refused");
    }
}
