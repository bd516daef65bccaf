package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks as the product ships, with {@code app.screening.webhook-allow-private-addresses} off (the other
 * integration tests turn it on to reach receivers on 127.0.0.1): a URL that reaches into the server's own
 * network is refused when it is set, and a stored one is not called when alerts are delivered. An
 * application of its own, with a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "app.screening.webhook-allow-private-addresses=false",
        "app.platform.data-dir=target/test-data-webhook-policy",
        "app.lists.refresh.watch-dir=target/test-watch-webhook-policy"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookAddressPolicyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ListFiles listFiles;

    @Autowired
    Monitoring monitoring;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:8080/hook | resolves to a loopback address",
            "http://localhost/hook | resolves to a loopback address",
            "http://[::1]:8080/hook | resolves to a loopback address",
            "http://10.0.0.5/hook | resolves to a private (RFC 1918) address",
            "https://172.16.3.4/hook | resolves to a private (RFC 1918) address",
            "https://192.168.1.1/hook | resolves to a private (RFC 1918) address",
            "http://169.254.169.254/latest/meta-data/ | resolves to a cloud metadata service address",
            "http://169.254.0.1/hook | resolves to a link-local address",
            "http://[fd00::1]/hook | resolves to a unique-local IPv6 address",
            "http://224.0.0.1/hook | resolves to a multicast address",
            "http://0.0.0.0:8080/hook | resolves to the unspecified address (0.0.0.0 or ::)",
            "ftp://203.0.113.10/hook | must be an http or https address",
            "file:///etc/passwd | must be an http or https address"})
    void aWebhookIntoTheServersOwnNetworkIsRefusedWhenSet(String url, String reason) {
        for (String key : List.of(tenants.key(Role.MEMBER_ADMIN), tenants.key(Role.OPERATOR_ADMIN))) {
            Api.Response r = Webhooks.put(api, key, url);
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:invalid-input");
            assertThat(r.text("field")).isEqualTo("url");
            assertThat(r.text("detail")).isEqualTo("url " + reason);
        }
        assertThat(Webhooks.urlOf(tx, jdbc, tenants.memberA())).isNull();
    }

    @Test
    void aWebhookOnAPublicAddressIsAccepted() {
        Api.Response r = Webhooks.put(api, tenants.memberAdminOfB(), "https://203.0.113.10/alerts");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(Webhooks.urlOf(tx, jdbc, tenants.memberB())).isEqualTo("https://203.0.113.10/alerts");
        assertThat(api.delete("/api/v1/webhook", tenants.memberAdminOfB()).status()).isEqualTo(204);
    }

    /**
     * A URL whose name pointed elsewhere when it was set (DNS rebinding), or that was stored before this
     * policy: the delivery resolves the name again, finds loopback, and makes no call. The alert stays
     * in the UI, undelivered.
     */
    @Test
    void anAlertIsNotDeliveredToAWebhookThatNowResolvesToLoopback() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            UUID org = UUID.fromString(tenants.memberA());
            String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            Callers.runAsSystem("test", () -> tx.executeWithoutResult(s -> jdbc.sql(
                    "INSERT INTO webhook (org_id, url, secret) VALUES (?, ?, 'a-secret-of-test') "
                            + "ON CONFLICT (org_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret")
                    .params(org, url).update()));

            String key = tenants.key(Role.MEMBER_ANALYST);
            String unique = "Quaxlor Rebinding Instruments " + UUID.randomUUID().toString().substring(0, 4);
            Api.Response added = api.post("/api/v1/portfolio", key,
                    "{\"externalId\": \"rebound-1\", \"name\": \"" + unique + "\", \"schema\": \"Company\"}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            String source = "test-rebinding-" + UUID.randomUUID().toString().substring(0, 6);
            Callers.runAsSystem("test", () -> listFiles.importUpload(ListFormat.CUSTOM_CSV, List.of(new ListInput("l.csv",
                    ("id,name,type\nr1," + unique + ",organisation\n").getBytes(StandardCharsets.UTF_8))), source, null));

            Await.until(() -> api.get("/api/v1/alerts", key).body().contains(source + ":r1"));
            // re-screens run one at a time: once this one returns, the one that raised the alert has delivered
            monitoring.rescreenAll("test barrier");

            assertThat(received).isEmpty();
            assertThat(undeliveredAlerts(org)).isPositive();
        } finally {
            receiver.stop(0);
        }
    }

    private int undeliveredAlerts(UUID org) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql(
                "SELECT count(*) FROM screening_alert WHERE org_id = ? AND delivered_at IS NULL")
                .param(org).query(Integer.class).single()));
    }

}
