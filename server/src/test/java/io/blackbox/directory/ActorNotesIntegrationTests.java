package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

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

/** The operator's notes: revisions, conflicts between two editors, diffs, and who reads them. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorNotesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    Api api;
    TestTenants tenants;
    String shared;
    String hidden;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        Front s = Front.random();
        Front h = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(s, s.word() + " Composites", "members"));
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(h, h.word() + " Composites", "operator"));
        linking.awaitIdle();
        shared = id(s);
        hidden = id(h);
    }

    String id(Front f) {
        return api.get("/api/v1/directory/actors?q=" + f.word(), tenants.key(Role.OPERATOR_ANALYST)).json()
                .get("items").get(0).get("id").asString();
    }

    Api.Response put(String actor, String key, String body, int base) {
        return api.send(api.request("/api/v1/directory/actors/" + actor + "/notes", key)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"body\": \"" + body + "\", \"baseRevision\": " + base + "}")));
    }

    @Test
    void operatorsKeepRevisionsAndASecondEditorGetsAConflict() {
        String analyst = tenants.key(Role.OPERATOR_ANALYST);
        String admin = tenants.key(Role.OPERATOR_ADMIN);
        Api.Response first = put(shared, analyst, "Front of a carbon-fibre network.", 0);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("revision").asInt()).isEqualTo(1);
        Api.Response second = put(shared, admin, "Front of a carbon-fibre network.\\nUses a Sharjah forwarder.", 1);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        // an editor still on revision 1 would overwrite the admin's edit
        Api.Response stale = put(shared, analyst, "Something else.", 1);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.text("type")).isEqualTo("urn:blackbox:problem:conflict");

        JsonNode notes = api.get("/api/v1/directory/actors/" + shared + "/notes", analyst).json();
        assertThat(notes.get("revision").asInt()).isEqualTo(2);
        assertThat(notes.get("revisions").size()).isEqualTo(2);
        assertThat(notes.get("revisions").get(0).get("author").asString()).isNotBlank();
        JsonNode diff = api.get("/api/v1/directory/actors/" + shared + "/notes/diff?from=1&to=2", analyst).json();
        assertThat(diff.get("lines").toString()).contains("\"op\":\"+\",\"text\":\"Uses a Sharjah forwarder.\"");
        assertThat(api.get("/api/v1/audit?limit=100", admin).body()).contains("directory.note");
    }

    @Test
    void membersReadNotesOfVisibleActorsWithoutEditorsAndCannotWrite() {
        put(hidden, tenants.key(Role.OPERATOR_ANALYST), "Operator-only front.", 0);
        String b = tenants.memberAnalystOfB();
        Api.Response ok = api.get("/api/v1/directory/actors/" + shared + "/notes", b);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("author");
        assertThat(api.get("/api/v1/directory/actors/" + hidden + "/notes", b).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/directory/actors/" + shared + "/notes", tenants.key(Role.REGULATOR)).status())
                .isEqualTo(404);
        TestTenants.assertRefused(put(shared, b, "smear", 0));
        TestTenants.assertRefused(put(shared, tenants.key(Role.AUDITOR), "x", 0));
    }

    @Test
    void scriptsInNotesAreShownAsText() {
        String script = "<script>alert(1)</script>";
        JsonNode current = api.get("/api/v1/directory/actors/" + shared + "/notes", tenants.key(Role.OPERATOR_ANALYST)).json();
        Api.Response r = put(shared, tenants.key(Role.OPERATOR_ADMIN), script, current.get("revision").asInt());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // the JSON carries the text; the page escapes it (Thymeleaf th:text)
        assertThat(r.json().get("body").asString()).isEqualTo(script);
    }
}
