package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.submit;
import static io.blackbox.directory.NetworksIntegrationTests.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Networks and hubs: a forwarder's address quoted by more fronts than a network follows. {@code center}
 * quotes it and shares a phone with {@code partner}; {@code beyond} uses an e-mail domain of partner's and
 * quotes the hub too; many other fronts quote only the hub, two of them in operator-only reports.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkHubsIntegrationTests {

    static final int HUB_ONLY = Networks.FOLLOW_ACTORS + 3;
    static final String[] TRADES = {"Logistics", "Freight", "Shipping", "Cargo", "Forwarding", "Transport", "Express"};

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    Actors actors;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    Api api;
    TestTenants tenants;
    Front center;
    Front partner;
    Front beyond;
    String hub;
    final List<Front> others = new ArrayList<>();
    final List<Front> secrets = new ArrayList<>();
    final Map<Front, String> ids = new HashMap<>();
    /** The actors quoting the hub that members may see, and all of them (the linker may join two fronts). */
    final java.util.Set<String> membersSee = new java.util.HashSet<>();
    final java.util.Set<String> all = new java.util.HashSet<>();

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        center = Front.random();
        partner = Front.random();
        beyond = Front.random();
        hub = "Office 4, Forwarder Zone " + center.word() + ", Jebel Ali";
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        submit(api, a, body(center, center.word() + " Export", center.email(), partner.phone(), hub, "members"));
        submit(api, b, body(partner, partner.word() + " Machinery", partner.email(), partner.phone(), null, "members"));
        submit(api, a, body(beyond, beyond.word() + " Industries", "office@" + partner.domain(), beyond.phone(), hub,
                "members"));
        for (int i = 0; i < HUB_ONLY; i++) {
            Front f = Front.random();
            others.add(f);
            submit(api, i % 2 == 0 ? a : b, body(f, f.word() + " " + TRADES[i % TRADES.length], f.email(), f.phone(), hub,
                    "members"));
        }
        for (int i = 0; i < 2; i++) {
            Front f = Front.random();
            secrets.add(f);
            submit(api, b, body(f, f.word() + " Holdings", f.email(), f.phone(), hub, "operator"));
        }
        linking.awaitIdle();
        String operator = tenants.key(Role.OPERATOR_ANALYST);
        for (Front f : List.of(center, partner, beyond)) {
            ids.put(f, actorOf(operator, f));
        }
        membersSee.add(ids.get(center));
        membersSee.add(ids.get(beyond));
        others.forEach(f -> membersSee.add(actorOf(operator, f)));
        all.addAll(membersSee);
        secrets.forEach(f -> all.add(actorOf(operator, f)));
        assertThat(membersSee).hasSizeGreaterThan(Networks.FOLLOW_ACTORS);
    }

    /**
     * The one actor named with a front's word. The search is fuzzy, and with this many random words another
     * front's may resemble it, so only names holding the word itself count.
     */
    String actorOf(String key, Front f) {
        List<String> found = new ArrayList<>();
        api.get("/api/v1/directory/actors?q=" + f.word(), key).json().get("items").forEach(i -> {
            if (i.get("name").asString().contains(f.word())) {
                found.add(i.get("id").asString());
            }
        });
        assertThat(found).as(f.word()).hasSize(1);
        return found.getFirst();
    }

    static Map<String, JsonNode> nodes(JsonNode network) {
        Map<String, JsonNode> out = new HashMap<>();
        network.get("nodes").forEach(n -> out.put(n.get("id").asString(), n));
        return out;
    }

    static JsonNode hubOf(JsonNode network, String value) {
        for (JsonNode h : network.get("hubs")) {
            if (h.get("value").asString().equals(value)) {
                return h;
            }
        }
        return null;
    }

    static JsonNode edge(JsonNode network, String x, String y) {
        for (JsonNode e : network.get("edges")) {
            String s = e.get("source").asString();
            String t = e.get("target").asString();
            if (s.equals(x) && t.equals(y) || s.equals(y) && t.equals(x)) {
                return e;
            }
        }
        return null;
    }

    String hubValue(JsonNode network) {
        for (JsonNode h : network.get("hubs")) {
            if (h.get("kind").asString().equals("address") && h.get("value").asString().toLowerCase()
                    .contains(center.word().toLowerCase())) {
                return h.get("value").asString();
            }
        }
        throw new AssertionError("no hub of " + center.word() + " in " + network.get("hubs"));
    }

    @Test
    void doesNotFollowAValueQuotedByMoreActorsThanItFollowsButCountsThem() {
        JsonNode n = api.get("/api/v1/directory/actors/" + ids.get(center) + "/network?depth=2",
                tenants.memberAdminOfB()).json();
        Map<String, JsonNode> nodes = nodes(n);
        assertThat(nodes.keySet()).containsExactlyInAnyOrder(ids.get(center), ids.get(partner), ids.get(beyond));
        for (Front f : others) {
            assertThat(n.toString()).doesNotContain(f.word());
        }
        assertThat(n.get("truncated").asBoolean()).isFalse();
        String value = hubValue(n);
        JsonNode h = hubOf(n, value);
        // every visible actor quoting it is counted: the other fronts, center and beyond
        assertThat(h.get("actors").asInt()).isEqualTo(membersSee.size());
        assertThat(h.get("atLeast").asBoolean()).isFalse();
        List<String> quotedBy = new ArrayList<>();
        h.get("quotedBy").forEach(x -> quotedBy.add(x.asString()));
        assertThat(quotedBy).containsExactlyInAnyOrder(ids.get(center), ids.get(beyond));
        // center and beyond, reached through partner, are still linked through the hub, as a hub link
        JsonNode link = edge(n, ids.get(center), ids.get(beyond));
        assertThat(link).isNotNull();
        assertThat(link.get("hub").asBoolean()).isTrue();
        assertThat(link.get("via").toString()).contains(value);
        assertThat(edge(n, ids.get(center), ids.get(partner)).get("hub").asBoolean()).isFalse();
    }

    @Test
    void countsOnlyTheActorsTheCallerMaySee() {
        JsonNode member = api.get("/api/v1/directory/actors/" + ids.get(center) + "/network", tenants.key(Role.MEMBER_ANALYST)).json();
        JsonNode operator = api.get("/api/v1/directory/actors/" + ids.get(center) + "/network",
                tenants.key(Role.OPERATOR_ANALYST)).json();
        String value = hubValue(member);
        assertThat(hubOf(member, value).get("actors").asInt()).isEqualTo(membersSee.size());
        assertThat(hubOf(operator, value).get("actors").asInt()).isEqualTo(all.size()).isGreaterThan(membersSee.size());
        for (Front f : secrets) {
            assertThat(member.toString()).doesNotContain(f.word());
        }
    }

    @Test
    void stopsCountingAHubsActorsAtTheLimitAndSaysSo() {
        String value = hubValue(api.get("/api/v1/directory/actors/" + ids.get(center) + "/network",
                tenants.key(Role.OPERATOR_ANALYST)).json());
        Map<String, Actors.Quoting> read = io.blackbox.platform.Callers.runAsSystem("test", () -> tx.execute(s -> {
            io.blackbox.platform.Caller system = io.blackbox.platform.Callers.require();
            actors.enter(system);
            return Map.of(
                    "capped", actors.quoting(List.of(value), system, 5, 10).get(value),
                    "counted", actors.quoting(List.of(value), system, Networks.FOLLOW_ACTORS, Networks.COUNT_UP_TO).get(value),
                    "listed", actors.quoting(List.of(value), system, Networks.COUNT_UP_TO, Networks.COUNT_UP_TO).get(value));
        }));
        assertThat(read.get("capped")).isEqualTo(new Actors.Quoting(10, true, null));
        assertThat(read.get("counted")).isEqualTo(new Actors.Quoting(all.size(), false, null));
        assertThat(read.get("listed").actors()).isEqualTo(all.size());
        assertThat(read.get("listed").holders()).extracting(Actors.Holder::actorId).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void anActorPageCountsAHubInsteadOfListingEveryActorQuotingIt() {
        String key = tenants.memberAdminOfB();
        String value = hubValue(api.get("/api/v1/directory/actors/" + ids.get(center) + "/network", key).json());
        JsonNode page = api.get("/api/v1/directory/actors/" + ids.get(center), key).json();
        // partner shares center's phone; beyond and the other fronts share only the hub, and are not listed
        List<String> linked = new ArrayList<>();
        page.get("linkedActors").forEach(l -> linked.add(l.get("id").asString()));
        assertThat(linked).containsExactly(ids.get(partner));
        assertThat(page.get("hubs").toString()).contains(value);
        for (JsonNode h : page.get("hubs")) {
            if (h.get("value").asString().equals(value)) {
                assertThat(h.get("actors").asInt()).isEqualTo(membersSee.size());
                assertThat(h.get("atLeast").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void aValueQuotedByFewActorsIsStillFollowed() {
        // partner's phone and domain are quoted by two and one other actors: followed from partner both ways
        JsonNode n = api.get("/api/v1/directory/actors/" + ids.get(partner) + "/network?depth=1",
                tenants.memberAdminOfB()).json();
        assertThat(nodes(n).keySet()).containsExactlyInAnyOrder(ids.get(partner), ids.get(center), ids.get(beyond));
        assertThat(n.get("hubs").toString()).doesNotContain(partner.phone().replace(" ", ""));
    }

    @Test
    void exportsHubsAsGraphMlAttributesOfTheGraph() {
        Api.Response r = api.get("/api/v1/directory/actors/" + ids.get(center) + "/network?format=graphml",
                tenants.memberAdminOfB());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<node id=\"" + ids.get(beyond) + "\"", "<data key=\"hubs\">", "(" + membersSee.size() + " actors)")
                .doesNotContain(others.getFirst().word());
    }

    java.util.Set<String> linkedIds(String key) {
        java.util.Set<String> out = new java.util.HashSet<>();
        api.get("/api/v1/directory/actors/" + ids.get(center), key).json().get("linkedActors")
                .forEach(l -> out.add(l.get("id").asString()));
        return out;
    }

    /** The count center's page gives for the hub, as the caller sees it. */
    int pageHubCount(String key, String value) {
        for (JsonNode h : api.get("/api/v1/directory/actors/" + ids.get(center), key).json().get("hubs")) {
            if (h.get("value").asString().equals(value)) {
                return h.get("actors").asInt();
            }
        }
        throw new AssertionError("no hub " + value + " on the page of " + ids.get(center));
    }

    @Test
    void aHubOnAnActorPageCountsTheActorsTheCallerMaySee() {
        java.util.Set<String> hidden = new java.util.HashSet<>(all);
        hidden.removeAll(membersSee);
        assertThat(hidden).isNotEmpty();
        String value = hubValue(api.get("/api/v1/directory/actors/" + ids.get(center) + "/network",
                tenants.memberAdminOfB()).json());
        for (String key : List.of(tenants.memberAdminOfB(), tenants.key(Role.MEMBER_ANALYST))) {
            pageHubCount(key, value); // read twice: the second answer comes from what the first kept
            assertThat(pageHubCount(key, value)).isEqualTo(membersSee.size());
            assertThat(linkedIds(key)).containsExactly(ids.get(partner));
        }
        assertThat(pageHubCount(tenants.key(Role.OPERATOR_ANALYST), value)).isEqualTo(all.size());
        assertThat(linkedIds(tenants.key(Role.OPERATOR_ANALYST))).containsExactly(ids.get(partner));
    }

    @Test
    @Order(Integer.MAX_VALUE) // adds a report: runs after the others
    void countsAgainWhenTheDirectoryChanges() {
        String key = tenants.memberAdminOfB();
        String url = "/api/v1/directory/actors/" + ids.get(center) + "/network";
        String value = hubValue(api.get(url, key).json());
        assertThat(hubOf(api.get(url, key).json(), value).get("actors").asInt()).isEqualTo(membersSee.size());
        assertThat(pageHubCount(key, value)).isEqualTo(membersSee.size());
        Front late = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), body(late, late.word() + " Aviation", late.email(), late.phone(), hub,
                "members"));
        linking.awaitIdle();
        java.util.Set<String> now = new java.util.HashSet<>(membersSee);
        now.add(actorOf(tenants.key(Role.OPERATOR_ANALYST), late));
        assertThat(now).hasSize(membersSee.size() + 1);
        assertThat(hubOf(api.get(url, key).json(), value).get("actors").asInt()).isEqualTo(now.size());
        assertThat(pageHubCount(key, value)).isEqualTo(now.size()); // the page's count is read again too
    }
}
