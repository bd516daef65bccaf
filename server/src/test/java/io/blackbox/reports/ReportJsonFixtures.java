package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;

/** Report bodies and extra tenants for the report tests. */
final class ReportJsonFixtures {

    private ReportJsonFixtures() {
    }

    static String report(String inquirer, String sharing, String reference) {
        return """
                {"receivedAt": "2026-01-05", "channel": "email",
                 "inquirer": {"name": "%s", "country": "AE", "addresses": ["Jebel Ali Free Zone, Dubai"],
                              "emails": ["Sales@Example-Trading.AE"], "phones": ["+971 4 555 0101"],
                              "websites": ["https://www.example-trading.ae/contact"]},
                 "endUse": "research", "items": [{"description": "machining centre", "eccn": "2B001", "hsCode": "8458", "quantity": 2}],
                 "redFlags": ["BIS-02", "BIS-10"], "action": "declined", "narrative": "Would not name the end user.",
                 "sharing": "%s", "reference": "%s"}""".formatted(inquirer, sharing, reference);
    }

    /** A new member firm with a write key; returns the key. */
    static String memberKey(Api api, String name) {
        Api.Response org = api.post("/api/v1/organisations", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"" + name + "\", \"kind\": \"member\"}");
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        Api.Response key = api.post("/api/v1/organisations/" + org.text("id") + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"k\", \"scopes\": [\"read\", \"write\"], \"role\": \"member_admin\"}");
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        return key.text("key");
    }
}
