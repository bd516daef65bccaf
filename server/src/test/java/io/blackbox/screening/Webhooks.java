package io.blackbox.screening;

import io.blackbox.Api;
import io.blackbox.platform.Callers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpRequest;
import java.util.UUID;

/** Setting an organisation's webhook over the API, and reading what was stored, for the screening tests. */
final class Webhooks {
    private Webhooks() {
    }

    static Api.Response put(Api api, String key, String url) {
        return api.send(api.request("/api/v1/webhook", key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\"}")));
    }

    /** The stored webhook URL of an organisation, or null. */
    static String urlOf(TransactionTemplate tx, JdbcClient jdbc, String org) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql("SELECT url FROM webhook WHERE org_id = ?")
                .param(UUID.fromString(org)).query(String.class).optional().orElse(null)));
    }
}
