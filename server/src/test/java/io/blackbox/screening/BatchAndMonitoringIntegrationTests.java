package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.blackbox.Api;
import io.blackbox.Await;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.lists.ListFiles;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Batch files end to end, portfolio monitoring with signed webhooks, and the per-key rate limit. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchAndMonitoringIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ListFiles listFiles;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    @Test
    void aBatchFileIsScreenedWithBadRowsListedAndTheRestKept() {
        String csv = "id;name;type;country\n"
                + "c1;Korea Mining Development Trading Corporation;Company;KP\n"
                + "c2;;Company;DE\n"
                + "c3;Sunny Bakery of Lyon;Company;FR\n"
                + "c4;Acme;Company;Atlantis\n"
                + "c5;=HYPERLINK(\"http://evil\");Company;\n";
        Api.Response submitted = api.upload("/api/v1/screenings/batch", tenants.key(Role.MEMBER_ANALYST), "customers.csv", csv);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.text("id");
        Await.until(() -> "done".equals(api.get("/api/v1/screenings/batch/" + id, tenants.key(Role.MEMBER_ANALYST)).text("status")));
        JsonNode job = api.get("/api/v1/screenings/batch/" + id, tenants.key(Role.MEMBER_ANALYST)).json();
        assertThat(job.get("doneRows").asInt()).isEqualTo(5);
        assertThat(job.get("errorRows").asInt()).isEqualTo(2);
        assertThat(job.get("hitRows").asInt()).isGreaterThanOrEqualTo(1);

        String results = api.get("/api/v1/screenings/batch/" + id + "/results?format=csv", tenants.key(Role.MEMBER_ANALYST)).body();
        assertThat(results).startsWith("row,query_id,query_name,rank,entity_id,name,source,score,band,match,error");
        assertThat(results).containsIgnoringCase("c1,Korea Mining Development Trading Corporation,1,");
        assertThat(results).contains("row 3, name: name is empty").contains("row 5, country: unknown country 'Atlantis'");
        assertThat(results).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        String json = api.get("/api/v1/screenings/batch/" + id + "/results?format=json", tenants.key(Role.MEMBER_ANALYST)).body();
        assertThat(json.lines().findFirst().orElseThrow()).contains("\"queryId\":\"c1\"");
        Api.Response xlsx = api.get("/api/v1/screenings/batch/" + id + "/results?format=xlsx", tenants.key(Role.MEMBER_ANALYST));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");

        // another member sees neither the job nor its results
        assertThat(api.get("/api/v1/screenings/batch/" + id, tenants.memberAnalystOfB()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/screenings/batch/" + id + "/results", tenants.memberAnalystOfB()).status()).isEqualTo(404);
    }

    @Test
    void aFileWithoutANameColumnIsRefusedAtOnce() {
        Api.Response r = api.upload("/api/v1/screenings/batch", tenants.key(Role.MEMBER_ANALYST), "bad.csv",
                "id,company\n1,Acme\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("field")).isEqualTo("file");
        assertThat(r.text("detail")).contains("no 'name' column");
    }

    @Test
    void aNewListEntryForAMonitoredCounterpartyRaisesASignedWebhookAlert() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst(Monitoring.SIGNATURE_HEADER), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String key = tenants.memberAnalystOfB();
            // the webhook is an administrator's setting; the analyst keeps the portfolio
            String secret = api.send(api.request("/api/v1/webhook", tenants.memberAdminOfB()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/hook\"}"))).text("secret");
            String unique = "Zorblax Precision Widgets " + UUID.randomUUID().toString().substring(0, 4);
            Api.Response added = api.post("/api/v1/portfolio", key,
                    "{\"externalId\": \"cust-42\", \"name\": \"" + unique + "\", \"schema\": \"Company\"}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(added.json().get("hits").asInt()).isZero();

            String source = "test-monitor-" + UUID.randomUUID().toString().substring(0, 6);
            Callers.runAsSystem("test", () -> listFiles.importUpload(ListFormat.CUSTOM_CSV, List.of(new ListInput("l.csv",
                    ("id,name,type\nm1," + unique + ",organisation\n").getBytes(StandardCharsets.UTF_8))), source, null));

            Await.until(() -> api.get("/api/v1/alerts", key).json().size() > 0);
            JsonNode alert = api.get("/api/v1/alerts", key).json().get(0);
            assertThat(alert.get("kind").asString()).isEqualTo("new-hit");
            assertThat(alert.get("entityId").asString()).isEqualTo(source + ":m1");
            assertThat(alert.get("externalId").asString()).isEqualTo("cust-42");
            assertThat(api.get("/api/v1/alerts", tenants.key(Role.MEMBER_ANALYST)).body()).doesNotContain(source);

            Await.until(() -> !received.isEmpty());
            String[] delivery = received.getFirst();
            assertThat(delivery[1]).contains(source + ":m1");
            assertThat(delivery[0]).isEqualTo("sha256=" + Monitoring.sign(secret, delivery[1]));

            assertThat(api.post("/api/v1/alerts/" + alert.get("id").asLong() + "/seen", key, "").status()).isEqualTo(204);
            assertThat(api.get("/api/v1/alerts?unseen=true", key).body()).doesNotContain(source + ":m1");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aFloodFromOneKeyIsLimitedWithRetryAfter() {
        String flood = api.post("/api/v1/organisations/" + tenants.memberB() + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"flood\", \"scopes\": [\"read\", \"write\"]}").text("key");
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 400 && limited == 0; i++) {
            Api.Response r = api.post("/api/v1/screenings", flood, "{\"name\": \"Flood Test " + i + "\"}");
            if (r.status() == 429) {
                limited++;
                retryAfter = r.retryAfter();
                assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:rate-limited");
            }
        }
        assertThat(limited).isPositive();
        assertThat(retryAfter).isNotNull();
        // other keys are unaffected
        assertThat(api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ADMIN), "{\"name\": \"Unaffected\"}").status())
                .isEqualTo(201);
    }

    /**
     * Key names are not unique: two keys of one organisation with the same name are two clients, and each
     * has its own allowance. The manifest of /reconcile is rate-limited and costs next to nothing, so the
     * flood takes moments and the second key's burst is not refilled by the time it is checked.
     */
    @Test
    void twoKeysWithTheSameNameHaveAnAllowanceEach() {
        String first = sameNamedKey();
        String second = sameNamedKey();
        int sent = 0;
        while (api.get("/reconcile", first).status() != 429) {
            assertThat(++sent).as("requests before the first key is limited").isLessThan(400);
        }
        // the second key's bucket is full: a burst of twice the rate (20 a second in tests) passes whole
        for (int i = 0; i < 30; i++) {
            Api.Response r = api.get("/reconcile", second);
            assertThat(r.status()).as("request %d of the second key: %s", i, r.body()).isEqualTo(200);
        }
    }

    private String sameNamedKey() {
        Api.Response created = api.post("/api/v1/organisations/" + tenants.memberB() + "/api-keys",
                IntegrationTest.ADMIN_KEY, "{\"name\": \"reconciler\", \"scopes\": [\"read\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

}
