package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import io.blackbox.reports.ReportFeed;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members' comments on actors: blinded authorship for members, the writing organisation for the operator,
 * visibility that follows the actor's, retraction by the writer only, the operator's moderation, plain
 * text kept verbatim in JSON and escaped on the page, and the same rules in the database itself.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorCommentsIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
    private static final String PASSWORD = "a long enough password 42";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportFeed feed;

    Api api;
    TestTenants tenants;
    final Map<MockHttpSession, String> usernames = new java.util.HashMap<>();
    String memberAName;
    String shared;
    String hidden;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        memberAName = api.get("/api/v1/organisations/" + tenants.memberA(), IntegrationTest.ADMIN_KEY).text("name");
        Front h = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(h, h.word() + " Optics", "operator"));
        shared = actor();
        hidden = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), h);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A fresh actor from one report of member A, shared with members. */
    String actor() {
        Front f = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(f, f.word() + " Precision", "members"));
        linking.awaitIdle();
        return DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);
    }

    Api.Response comment(String actor, String key, String body) {
        return api.post("/api/v1/directory/actors/" + actor + "/comments", key, JSON.writeValueAsString(Map.of("body", body)));
    }

    String posted(String actor, String key, String body) {
        Api.Response r = comment(actor, key, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    Api.Response list(String actor, String key) {
        return api.get("/api/v1/directory/actors/" + actor + "/comments", key);
    }

    JsonNode item(String actor, String key, String id) {
        Api.Response r = list(actor, key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode c : r.json().get("items")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        return null;
    }

    Api.Response hide(String actor, String id, String key, String reason) {
        return api.post("/api/v1/directory/actors/" + actor + "/comments/" + id + "/hide", key,
                reason == null ? "{}" : JSON.writeValueAsString(Map.of("reason", reason)));
    }

    Api.Response unhide(String actor, String id, String key) {
        return api.post("/api/v1/directory/actors/" + actor + "/comments/" + id + "/unhide", key, "{}");
    }

    @Test
    void theOperatorShowsAHiddenCommentAgainAndTheHidingStaysOnRecord() {
        String actor = actor();
        String id = posted(actor, tenants.key(Role.MEMBER_ANALYST), "Hidden by mistake.");
        assertThat(unhide(actor, id, tenants.key(Role.OPERATOR_ANALYST)).status()).as("not hidden").isEqualTo(409);
        assertThat(hide(actor, id, tenants.key(Role.OPERATOR_ANALYST), "looked like a name").status()).isEqualTo(200);
        assertThat(item(actor, tenants.memberAnalystOfB(), id)).isNull();

        TestTenants.assertRefused(unhide(actor, id, tenants.memberAdminOfB()));
        TestTenants.assertRefused(unhide(actor, id, tenants.key(Role.MEMBER_ADMIN)));
        TestTenants.assertRefused(unhide(actor, id, tenants.key(Role.REGULATOR)));
        assertThat(unhide(actor, UUID.randomUUID().toString(), tenants.key(Role.OPERATOR_ANALYST)).status()).isEqualTo(404);

        Api.Response shown = unhide(actor, id, tenants.key(Role.OPERATOR_ANALYST));
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        JsonNode hiddenNow = shown.json().get("hidden");
        assertThat(hiddenNow == null || hiddenNow.isNull()).as(shown.body()).isTrue();
        assertThat(item(actor, tenants.memberAnalystOfB(), id).get("body").asString()).isEqualTo("Hidden by mistake.");
        String audit = api.get("/api/v1/audit?limit=200", IntegrationTest.ADMIN_KEY).body();
        assertThat(audit).contains("directory.comment.hide", "looked like a name", "directory.comment.unhide");
    }

    @Test
    void anotherMemberSeesACommentAsWrittenByAMemberAndTheWriterAsByItsOrganisation() {
        Api.Response created = comment(shared, tenants.key(Role.MEMBER_ANALYST), "Asked again for spindles.\nSame forwarder in Sharjah.");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode own = created.json();
        assertThat(own.get("author").asString()).isEqualTo("your organisation");
        assertThat(own.get("mine").asBoolean()).isTrue();
        assertThat(own.get("postedOn").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(own.get("body").asString()).isEqualTo("Asked again for spindles.\nSame forwarder in Sharjah.");
        String id = own.get("id").asString();

        Api.Response asB = list(shared, tenants.memberAnalystOfB());
        assertThat(asB.status()).isEqualTo(200);
        assertThat(asB.body()).doesNotContain(tenants.memberA(), memberAName, "Member A ", "key:", "organisationId",
                "postedBy", "postedAt");
        JsonNode seenByB = item(shared, tenants.memberAnalystOfB(), id);
        assertThat(seenByB.get("author").asString()).isEqualTo("a member");
        assertThat(seenByB.get("mine").asBoolean()).isFalse();
        assertThat(seenByB.get("postedOn").asString()).isEqualTo(own.get("postedOn").asString());
        // the comment belongs to the organisation: its other users see it as their own
        assertThat(item(shared, tenants.key(Role.MEMBER_ADMIN), id).get("author").asString()).isEqualTo("your organisation");
    }

    @Test
    void theOperatorSeesWhichOrganisationAndUserWroteEachComment() {
        String id = posted(shared, tenants.key(Role.MEMBER_ANALYST), "Their bank is in Labuan.");
        for (Role role : new Role[] {Role.OPERATOR_ANALYST, Role.OPERATOR_ADMIN}) {
            JsonNode c = item(shared, tenants.key(role), id);
            assertThat(c.get("organisationId").asString()).isEqualTo(tenants.memberA());
            assertThat(c.get("author").asString()).isEqualTo(memberAName);
            assertThat(c.get("postedBy").asString()).startsWith("key:");
            assertThat(c.get("postedAt").asString()).isNotBlank();
        }
    }

    @Test
    void commentsOfAnActorAMemberMayNotSeeAnswerLikeThoseOfAMissingActor() {
        Api.Response missing = list("A999999999", tenants.memberAnalystOfB());
        assertThat(missing.status()).isEqualTo(404);
        for (String key : new String[] {tenants.memberAnalystOfB(), tenants.key(Role.MEMBER_ANALYST)}) {
            // even the reporter of the operator-only report behind the actor does not see it in the directory
            Api.Response r = list(hidden, key);
            assertThat(r.status()).isEqualTo(404);
            assertSameProblem(r, missing);
            assertThat(comment(hidden, key, "probe").status()).isEqualTo(404);
        }
        assertThat(list("not-an-id", tenants.memberAnalystOfB()).status()).isEqualTo(404);
        // regulators and auditors read no pool, and no comments
        for (Role role : new Role[] {Role.REGULATOR, Role.AUDITOR}) {
            assertThat(list(shared, tenants.key(role)).status()).isEqualTo(404);
            assertThat(comment(shared, tenants.key(role), "x").status()).isEqualTo(404);
        }
        // the operator sees the actor and its comments, but comments are the members'
        assertThat(list(hidden, tenants.key(Role.OPERATOR_ANALYST)).status()).isEqualTo(200);
        TestTenants.assertRefused(comment(shared, tenants.key(Role.OPERATOR_ANALYST), "x"));
    }

    @Test
    void onlyTheWritingMemberRetractsItsComment() {
        String actor = actor();
        String id = posted(actor, tenants.key(Role.MEMBER_ANALYST), "Wrong actor, sorry.");
        String path = "/api/v1/directory/actors/" + actor + "/comments/" + id;
        Api.Response byB = api.delete(path, tenants.memberAdminOfB());
        assertThat(byB.status()).isEqualTo(404);
        assertSameProblem(byB, api.delete("/api/v1/directory/actors/" + actor + "/comments/" + UUID.randomUUID(),
                tenants.memberAdminOfB()));
        TestTenants.assertRefused(api.delete(path, tenants.key(Role.OPERATOR_ADMIN)));
        assertThat(api.delete(path, tenants.key(Role.REGULATOR)).status()).isEqualTo(404);
        assertThat(api.delete(path, tenants.key(Role.AUDITOR)).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/directory/actors/" + shared + "/comments/" + id, tenants.key(Role.MEMBER_ANALYST))
                .status()).as("a comment is retracted only under its own actor").isEqualTo(404);
        assertThat(api.delete("/api/v1/directory/actors/" + actor + "/comments/nonsense", tenants.key(Role.MEMBER_ANALYST))
                .status()).isEqualTo(404);
        assertThat(item(actor, tenants.memberAnalystOfB(), id)).isNotNull();

        // any user of the writing organisation may retract it
        assertThat(api.delete(path, tenants.key(Role.MEMBER_ADMIN)).status()).isEqualTo(204);
        assertThat(api.delete(path, tenants.key(Role.MEMBER_ANALYST)).status()).isEqualTo(404);
        assertThat(item(actor, tenants.memberAnalystOfB(), id)).isNull();
        assertThat(item(actor, tenants.key(Role.OPERATOR_ANALYST), id)).isNull();
        assertThat(api.get("/api/v1/audit?limit=200", IntegrationTest.ADMIN_KEY).body())
                .contains("directory.comment.retract");
    }

    @Test
    void theOperatorHidesACommentWithAReasonForTheRecord() {
        String actor = actor();
        String id = posted(actor, tenants.key(Role.MEMBER_ANALYST), "The director is John Smith of 4 Elm Street.");
        TestTenants.assertRefused(hide(actor, id, tenants.memberAdminOfB(), "smear"));
        TestTenants.assertRefused(hide(actor, id, tenants.key(Role.MEMBER_ADMIN), "mine"));
        TestTenants.assertRefused(hide(actor, id, tenants.key(Role.REGULATOR), "x"));
        TestTenants.assertRefused(hide(actor, id, tenants.key(Role.AUDITOR), "x"));
        Api.Response noReason = hide(actor, id, tenants.key(Role.OPERATOR_ANALYST), null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("reason");
        assertThat(hide(actor, UUID.randomUUID().toString(), tenants.key(Role.OPERATOR_ANALYST), "x").status()).isEqualTo(404);

        Api.Response hidden = hide(actor, id, tenants.key(Role.OPERATOR_ANALYST), "names a private person");
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(hidden.json().get("hidden").get("reason").asString()).isEqualTo("names a private person");
        assertThat(hidden.json().get("hidden").get("by").asString()).startsWith("key:");
        assertThat(hide(actor, id, tenants.key(Role.OPERATOR_ADMIN), "again").status()).isEqualTo(409);

        assertThat(item(actor, tenants.memberAnalystOfB(), id)).as("other members no longer see it").isNull();
        JsonNode own = item(actor, tenants.key(Role.MEMBER_ANALYST), id);
        assertThat(own.get("hidden").get("reason").asString()).isEqualTo("names a private person");
        assertThat(own.get("hidden").has("by")).isFalse();
        assertThat(item(actor, tenants.key(Role.OPERATOR_ADMIN), id).get("hidden").get("at").asString()).isNotBlank();
        String audit = api.get("/api/v1/audit?limit=200", IntegrationTest.ADMIN_KEY).body();
        assertThat(audit).contains("directory.comment.hide", id, "names a private person");
    }

    @Test
    void refusesMissingBlankOverlongTextAndControlCharactersNamingTheBody() {
        String key = tenants.key(Role.MEMBER_ANALYST);
        for (String bad : new String[] {"", "  \n\t ", "x".repeat(4001), "ring\u0007", "\u001b[31mred", "null\u0000byte",
                "del\u007f", "c1\u0085"}) {
            Api.Response r = comment(shared, key, bad);
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:invalid-input");
            assertThat(r.text("field")).isEqualTo("body");
        }
        assertThat(comment(shared, key, "x".repeat(4001)).text("detail")).contains("4000");
        assertThat(comment(shared, key, "ring\u0007").text("detail")).contains("U+0007", "character 5");
        Api.Response missing = api.post("/api/v1/directory/actors/" + shared + "/comments", key, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("body");

        Api.Response tabs = comment(shared, key, "  a\tb\r\nc\n\nd  ");
        assertThat(tabs.status()).as(tabs.body()).isEqualTo(201);
        assertThat(tabs.text("body")).isEqualTo("a\tb\nc\n\nd");
        assertThat(comment(shared, key, "é".repeat(4000)).status()).isEqualTo(201);
        assertThat(comment(shared, key, "فروشگاه مرکزی 中文 \uD83D\uDE80").status()).isEqualTo(201);
    }

    @Test
    void markupIsReturnedVerbatimInJsonAndShownEscapedOnThePage() throws Exception {
        String actor = actor();
        Api.Response r = comment(actor, tenants.key(Role.MEMBER_ANALYST), SCRIPT);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // JSON is data: the text comes back exactly as written; whoever renders it escapes it
        assertThat(r.text("body")).isEqualTo(SCRIPT);
        assertThat(item(actor, tenants.memberAnalystOfB(), r.text("id")).get("body").asString()).isEqualTo(SCRIPT);

        for (MockHttpSession session : new MockHttpSession[] {session(tenants.memberB(), Role.MEMBER_ANALYST),
                session(tenants.operator(), Role.OPERATOR_ANALYST)}) {
            // the second line of defence: no inline script would run on the page anyway
            String page = mvc.perform(get("/directory/actors/" + actor).session(session)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'self';")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(ESCAPED).contains("class=\"comment-body\"")
                    .doesNotContain("<script>alert(1)", "<img src=x", "onerror=alert(1)>");
        }
        // posted through the page's form (htmx answers the comments section in place)
        MockHttpSession b = session(tenants.memberB(), Role.MEMBER_ANALYST);
        String fragment = mvc.perform(post("/directory/actors/" + actor + "/comments").session(b).with(csrf())
                        .header("HX-Request", "true").param("body", SCRIPT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<section id=\"comments\"").contains(ESCAPED).doesNotContain("<script>alert(1)", "<img src=x");
        assertThat(mvc.perform(get("/css/app.css").session(b)).andReturn().getResponse().getContentAsString())
                .contains(".comment-body { white-space: pre-wrap;");
    }

    @Test
    void theActorPageShowsCommentsBlindedWithRetractForTheWriterAndHideForTheOperator() throws Exception {
        String actor = actor();
        MockHttpSession a = session(tenants.memberA(), Role.MEMBER_ANALYST);
        String aUser = usernames.get(a);
        mvc.perform(post("/directory/actors/" + actor + "/comments").session(a).with(csrf()).param("body", "Seen at a trade fair."))
                .andExpect(redirectedUrl("/directory/actors/" + actor + "#comments"));
        String ownPage = page(actor, a);
        assertThat(ownPage).contains("Seen at a trade fair.", "<strong>your organisation</strong>", "Retract", "Add a comment");

        MockHttpSession b = session(tenants.memberB(), Role.MEMBER_ANALYST);
        String other = page(actor, b);
        assertThat(other).contains("Seen at a trade fair.", "<strong>a member</strong>", "Add a comment")
                .doesNotContain("<strong>your organisation</strong>", "Retract", "Reason to hide", memberAName, aUser, tenants.memberA());

        MockHttpSession op = session(tenants.operator(), Role.OPERATOR_ANALYST);
        String operator = page(actor, op);
        assertThat(operator).contains("Seen at a trade fair.", memberAName, aUser, "Reason to hide")
                .doesNotContain("Add a comment");
        String id = list(actor, tenants.key(Role.OPERATOR_ANALYST)).json().get("items").get(0).get("id").asString();
        String hiddenFragment = mvc.perform(post("/directory/actors/" + actor + "/comments/" + id + "/hide").session(op)
                        .with(csrf()).header("HX-Request", "true").param("reason", "off topic"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hiddenFragment).contains("Hidden by the operator", "off topic", "Show again");
        assertThat(page(actor, b)).doesNotContain("Seen at a trade fair.");
        String shownFragment = mvc.perform(post("/directory/actors/" + actor + "/comments/" + id + "/unhide").session(op)
                        .with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shownFragment).contains("Reason to hide").doesNotContain("Show again");
        assertThat(page(actor, b)).contains("Seen at a trade fair.");
        mvc.perform(post("/directory/actors/" + actor + "/comments/" + id + "/hide").session(op).with(csrf())
                .param("reason", "off topic")).andExpect(redirectedUrl("/directory/actors/" + actor + "#comments"));
        assertThat(page(actor, b)).doesNotContain("Seen at a trade fair.");

        mvc.perform(post("/directory/actors/" + actor + "/comments/" + id + "/retract").session(b).with(csrf()))
                .andExpect(status().isNotFound());
        String blank = mvc.perform(post("/directory/actors/" + actor + "/comments").session(b).with(csrf())
                        .header("HX-Request", "true").param("body", " \n "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("role=\"alert\"", "the comment is empty");
        mvc.perform(post("/directory/actors/" + actor + "/comments/" + id + "/retract").session(a).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk());
        assertThat(page(actor, a)).doesNotContain("Seen at a trade fair.").contains("No comments yet.");
        mvc.perform(get("/directory/actors/" + hidden).session(b)).andExpect(status().isNotFound());
        mvc.perform(post("/directory/actors/" + hidden + "/comments").session(b).with(csrf()).param("body", "probe"))
                .andExpect(status().isNotFound());
    }

    @Test
    void commentsOnAnIdMergedAwayFollowTheMergedActor() {
        String first = actor();
        String second = actor();
        String id = posted(second, tenants.memberAnalystOfB(), "Same warehouse as the other one.");
        Api.Response merged = api.post("/api/v1/directory/actors/" + first + "/merge", tenants.key(Role.OPERATOR_ANALYST),
                "{\"with\": \"" + second + "\", \"reason\": \"same warehouse\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        linking.awaitIdle();
        String live = merged.text("id");
        for (String key : new String[] {tenants.key(Role.MEMBER_ANALYST), tenants.memberAnalystOfB(),
                tenants.key(Role.OPERATOR_ANALYST)}) {
            for (String asked : new String[] {first, second}) {
                Api.Response r = list(asked, key);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.text("actorId")).isEqualTo(live);
                assertThat(r.body()).contains(id);
            }
        }
    }

    @Test
    void theDatabaseKeepsCommentsWithTheirActorsVisibilityAndHoldsNoAuthorInTheClear() {
        Front f = Front.random();
        String report = submit(api, tenants.key(Role.MEMBER_ANALYST), report(f, f.word() + " Alloys", "members"));
        linking.awaitIdle();
        String actor = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);
        String id = posted(actor, tenants.key(Role.MEMBER_ANALYST), "Paid by a third party.");

        // what a thief of the database would read: no organisation, name or user, and audit entries by handle only
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        String row = owner.queryForList("SELECT * FROM directory_comment WHERE id = ?::uuid", id).toString();
        assertThat(row).contains("Paid by a third party.").doesNotContain(tenants.memberA(), memberAName, "key:");
        Long named = owner.queryForObject("SELECT count(*) FROM audit_log WHERE target_id = ? AND actor_org_id = ?::uuid",
                Long.class, id, tenants.memberA());
        assertThat(named).isZero();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID b = UUID.fromString(tenants.memberB());
        assertThat(countAs(b, jdbc, id)).isEqualTo(1);
        // the application role cannot read the writer's tag, only whether a comment is the caller's own
        signInAs(b);
        assertThatThrownBy(() -> tx.execute(s -> jdbc.queryForList("SELECT author_tag FROM directory_comment")))
                .isInstanceOf(DataAccessException.class);
        // nor write a comment on an actor it may not see, whatever SQL it sends
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            feed.enterScope(Callers.require());
            jdbc.update("INSERT INTO directory_comment (id, actor_id, body, author_sealed) VALUES (?, ?, 'x', '\\x00')",
                    UUID.randomUUID(), hidden);
        })).isInstanceOf(DataAccessException.class);
        SecurityContextHolder.clearContext();

        // the report behind the actor is retracted: the actor leaves the directory, and its comments with it,
        // for the writer as well
        Api.Response retract = api.post("/api/v1/reports/" + report + "/retract", tenants.key(Role.MEMBER_ANALYST),
                "{\"reason\": \"mistake\"}");
        assertThat(retract.status()).as(retract.body()).isEqualTo(200);
        linking.awaitIdle();
        assertThat(countAs(b, jdbc, id)).isZero();
        assertThat(countAs(UUID.fromString(tenants.memberA()), jdbc, id)).isZero();
        assertThat(list(actor, tenants.key(Role.MEMBER_ANALYST)).status()).isEqualTo(404);
    }

    private static void assertSameProblem(Api.Response actual, Api.Response expected) {
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.text("type")).isEqualTo(expected.text("type"));
        assertThat(actual.text("detail")).isEqualTo(expected.text("detail"));
    }

    private Integer countAs(UUID org, JdbcTemplate jdbc, String commentId) {
        signInAs(org);
        try {
            return tx.execute(s -> {
                feed.enterScope(Callers.require());
                return jdbc.queryForObject("SELECT count(*)::int FROM directory_comment WHERE id = ?::uuid", Integer.class,
                        commentId);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(UUID org) {
        Caller caller = new Caller(UUID.randomUUID(), org, OrganisationKind.MEMBER, Role.MEMBER_ANALYST, "test",
                Set.of(Caller.READ, Caller.WRITE));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null));
    }

    private String page(String actor, MockHttpSession session) throws Exception {
        return mvc.perform(get("/directory/actors/" + actor).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    MockHttpSession session(String org, Role role) throws Exception {
        String username = role.key().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> users.create(UUID.fromString(org), username, username, role, PASSWORD));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        usernames.put(session, username);
        return session;
    }
}
