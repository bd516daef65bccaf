package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Networks: three fronts chained by a shared phone and a shared address, and a fourth joined to the
 * chain only by an operator-only report, which members must not see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    Api api;
    TestTenants tenants;
    Front first;
    Front middle;
    Front last;
    Front secret;
    final Map<Front, String> ids = new HashMap<>();

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        first = Front.random();
        middle = Front.random();
        last = Front.random();
        secret = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        // first and middle share middle's phone; middle and last share an address
        submit(api, a, body(first, first.word() + " Export", first.email(), middle.phone(), null, "members"));
        submit(api, b, body(middle, middle.word() + " Machinery", middle.email(), middle.phone(), "Plot 7, Sector " + middle.word() + ", Sharjah", "members"));
        submit(api, a, body(last, last.word() + " Industries", last.email(), last.phone(), "Plot 7, Sector " + middle.word() + ", Sharjah", "members"));
        // secret quotes first's e-mail domain, but only the operator may see that report
        submit(api, b, body(secret, secret.word() + " Holdings", "info@" + first.domain(), secret.phone(), null, "operator"));
        linking.awaitIdle();
        for (Front f : List.of(first, middle, last, secret)) {
            ids.put(f, DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f));
        }
    }

    static String body(Front f, String name, String email, String phone, String address, String sharing) {
        return """
                {"receivedAt": "2026-01-05", "channel": "email",
                 "inquirer": {"name": "%s", "country": "AE", "emails": ["%s"], "phones": ["%s"]%s},
                 "items": [{"description": "valves", "eccn": "2B350"}], "redFlags": ["BIS-02"], "action": "declined",
                 "sharing": "%s"}""".formatted(name, email, phone,
                address == null ? "" : ", \"addresses\": [\"" + address + "\"]", sharing);
    }

    Map<String, JsonNode> nodes(JsonNode network) {
        Map<String, JsonNode> out = new HashMap<>();
        network.get("nodes").forEach(n -> out.put(n.get("id").asString(), n));
        return out;
    }

    @Test
    void followsSharedIdentifiersTwoHopsWithCentrality() {
        JsonNode n = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network?depth=2", tenants.memberAdminOfB()).json();
        Map<String, JsonNode> nodes = nodes(n);
        assertThat(nodes).containsKeys(ids.get(first), ids.get(middle), ids.get(last));
        assertThat(nodes.get(ids.get(middle)).get("hops").asInt()).isEqualTo(1);
        assertThat(nodes.get(ids.get(last)).get("hops").asInt()).isEqualTo(2);
        assertThat(nodes.get(ids.get(middle)).get("centrality").asDouble())
                .isGreaterThan(nodes.get(ids.get(first)).get("centrality").asDouble());
        assertThat(n.get("edges").toString()).contains("phone", "address");
        assertThat(n.get("components").asInt()).isEqualTo(1);

        JsonNode oneHop = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network?depth=1", tenants.memberAdminOfB()).json();
        assertThat(nodes(oneHop)).doesNotContainKey(ids.get(last));
        JsonNode phonesOnly = api.get("/api/v1/directory/actors/" + ids.get(middle) + "/network?types=phone",
                tenants.memberAdminOfB()).json();
        assertThat(nodes(phonesOnly)).containsKey(ids.get(first)).doesNotContainKey(ids.get(last));
    }

    @Test
    void membersNeverSeeConnectionsThatOnlyUnseenReportsMake() {
        for (String key : List.of(tenants.key(Role.MEMBER_ANALYST), tenants.memberAnalystOfB())) {
            JsonNode n = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network", key).json();
            assertThat(nodes(n)).doesNotContainKey(ids.get(secret));
            assertThat(n.toString()).doesNotContain(secret.word());
            assertThat(api.get("/api/v1/directory/actors/" + ids.get(secret) + "/network", key).status()).isEqualTo(404);
        }
        JsonNode op = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network", tenants.key(Role.OPERATOR_ANALYST)).json();
        assertThat(nodes(op)).containsKey(ids.get(secret));
        for (Role r : List.of(Role.REGULATOR, Role.AUDITOR)) {
            assertThat(api.get("/api/v1/directory/actors/" + ids.get(first) + "/network", tenants.key(r)).status()).isEqualTo(404);
        }
    }

    @Test
    void exportsGraphMl() {
        Api.Response r = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network?format=graphml",
                tenants.memberAdminOfB());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/graphml+xml");
        assertThat(r.body()).startsWith("<?xml").contains("<graphml", "<node id=\"" + ids.get(middle) + "\"",
                "edgedefault=\"undirected\"").doesNotContain(secret.word());
        Api.Response bad = api.get("/api/v1/directory/actors/" + ids.get(first) + "/network?depth=9", tenants.memberAdminOfB());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("depth");
    }
}
