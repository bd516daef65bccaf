package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Report bodies for directory tests: each front gets names, e-mails and phones no other test uses. */
final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    /** A made-up front: a pronounceable unique word, a domain and a phone number of its own. */
    record Front(String word, String domain, String phone) {

        static Front random() {
            String letters = "bcdfgklmnprstvz";
            String vowels = "aeiou";
            StringBuilder w = new StringBuilder();
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (int i = 0; i < 4; i++) {
                w.append(letters.charAt(r.nextInt(letters.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
            }
            String word = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            return new Front(word, word.toLowerCase() + "-" + r.nextInt(1000, 9999) + ".ae",
                    "+971 4 " + r.nextInt(200, 999) + " " + r.nextInt(1000, 9999));
        }

        String email() {
            return "sales@" + domain;
        }
    }

    static String report(String name, String country, String email, String phone, String sharing, String receivedAt,
                         String eccn, List<String> flags, String reference) {
        return """
                {"receivedAt": "%s", "channel": "email",
                 "inquirer": {"name": "%s", "country": "%s", "emails": [%s], "phones": [%s]},
                 "items": [{"description": "machining centre", "eccn": "%s", "quantity": 1}],
                 "redFlags": [%s], "action": "declined", "narrative": "Would not name the end user.",
                 "sharing": "%s", "reference": "%s"}""".formatted(receivedAt, name, country,
                email == null ? "" : "\"" + email + "\"", phone == null ? "" : "\"" + phone + "\"", eccn,
                String.join(", ", flags.stream().map(f -> "\"" + f + "\"").toList()), sharing, reference);
    }

    static String report(Front f, String name, String sharing) {
        return report(name, "AE", f.email(), f.phone(), sharing, "2026-01-05", "2B001", List.of("BIS-02", "BIS-10"),
                "REF-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static String submit(Api api, String key, String body) {
        Api.Response r = api.post("/api/v1/reports", key, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** The best pooled actor {@code POST /match/directory} answers for a company name, or null for none. */
    static JsonNode pooledHit(Api api, String key, String name) {
        Api.Response r = api.post("/match/directory", key, PooledScreeningIntegrationTests.query(name));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().path("responses").path("q1").path("results");
        return results.isEmpty() ? null : results.get(0);
    }

    /** One of the string-list properties of a pooled hit, its first value. */
    static String property(JsonNode hit, String name) {
        assertThat(hit).as("a pooled hit").isNotNull();
        return hit.path("properties").path(name).get(0).asString();
    }

    /** The id of the one actor found under a front's unique word, searching with the given key. */
    static String onlyActor(Api api, String key, Front f) {
        JsonNode items = api.get("/api/v1/directory/actors?q=" + f.word(), key).json().get("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        return items.get(0).get("id").asString();
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
