package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The directory pages through the real security chain, for members, the operator and a regulator. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryPagesIntegrationTests {

    private static final String PASSWORD = "a long enough password 42";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    DirectoryLinking linking;

    Api api;
    TestTenants tenants;
    Front shared;
    Front other;
    Front hidden;
    String sharedId;
    String otherId;
    String hiddenId;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        shared = Front.random();
        other = Front.random();
        hidden = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(shared, shared.word() + " Metals", "members"));
        submit(api, tenants.memberAnalystOfB(), report(other, other.word() + " Metals Trading", "members"));
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(hidden, hidden.word() + " Labs", "operator"));
        linking.awaitIdle();
        sharedId = id(shared);
        otherId = id(other);
        hiddenId = id(hidden);
    }

    String id(Front f) {
        return DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);
    }

    MockHttpSession session(String org, Role role) throws Exception {
        String username = role.key().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> users.create(UUID.fromString(org), username, username, role, PASSWORD));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void aMemberSearchesAndReadsSharedActorsButNotOperatorOnlyOnes() throws Exception {
        MockHttpSession b = session(tenants.memberB(), Role.MEMBER_ANALYST);
        mvc.perform(get("/directory").param("q", shared.word()).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(sharedId)));
        mvc.perform(get("/directory").param("q", hidden.word()).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(hiddenId))));
        mvc.perform(get("/directory/actors/" + sharedId).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(shared.word() + " Metals"),
                        Matchers.containsString("2B001"), Matchers.containsString("Why this risk"),
                        Matchers.not(Matchers.containsString("Split off")), Matchers.not(Matchers.containsString("REF-")),
                        Matchers.not(Matchers.containsString("Member A ")))));
        mvc.perform(get("/directory/actors/" + hiddenId).session(b)).andExpect(status().isNotFound());
        mvc.perform(post("/directory/actors/" + sharedId + "/merge").session(b).with(csrf())
                .param("with", otherId).param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void notesAreEditedOnThePageAndShownAsText() throws Exception {
        MockHttpSession op = session(tenants.operator(), Role.OPERATOR_ANALYST);
        mvc.perform(post("/directory/actors/" + otherId + "/notes").session(op).with(csrf())
                        .param("body", "<script>alert(1)</script>").param("baseRevision", "0"))
                .andExpect(redirectedUrl("/directory/actors/" + otherId));
        MockHttpSession b = session(tenants.memberB(), Role.MEMBER_ANALYST);
        mvc.perform(get("/directory/actors/" + otherId).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        Matchers.not(Matchers.containsString("<script>alert(1)")),
                        Matchers.not(Matchers.containsString("Save notes")))));
        mvc.perform(post("/directory/actors/" + otherId + "/notes").session(b).with(csrf())
                .param("body", "smear").param("baseRevision", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theActorPageDrawsItsNetworkFromEndpointsThatFollowVisibility() throws Exception {
        MockHttpSession b = session(tenants.memberB(), Role.MEMBER_ANALYST);
        mvc.perform(get("/directory/actors/" + sharedId).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"network\""),
                        Matchers.containsString("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"),
                        Matchers.containsString("/js/network.js"),
                        Matchers.containsString("/directory/actors/" + sharedId + "/network.graphml"))));
        String json = mvc.perform(get("/directory/actors/" + sharedId + "/network.json").session(b))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"center\":\"" + sharedId + "\"").contains("\"nodes\"").doesNotContain("Member A ");
        mvc.perform(get("/directory/actors/" + sharedId + "/network.graphml").session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<graphml")));
        // an actor the member may not see has no network either, with the same answer as a missing one
        mvc.perform(get("/directory/actors/" + hiddenId + "/network.json").session(b)).andExpect(status().isNotFound());
        mvc.perform(get("/directory/actors/A999999999/network.json").session(b)).andExpect(status().isNotFound());
        // the script and the library are served from the application itself (the CSP allows nothing else)
        mvc.perform(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").session(b)).andExpect(status().isOk());
        mvc.perform(get("/js/network.js").session(b)).andExpect(status().isOk());
    }

    @Test
    void aRegulatorSeesNoActor() throws Exception {
        MockHttpSession r = session(tenants.regulator(), Role.REGULATOR);
        mvc.perform(get("/directory/actors/" + sharedId).session(r)).andExpect(status().isNotFound());
        mvc.perform(get("/directory").session(r)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(sharedId))));
    }

    @Test
    void theOperatorMergesOnTheActorPage() throws Exception {
        MockHttpSession op = session(tenants.operator(), Role.OPERATOR_ANALYST);
        mvc.perform(get("/directory/actors/" + hiddenId).session(op)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Split off"),
                        Matchers.containsString("Merge another actor"))));
        Front a = Front.random();
        Front b = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(a, a.word() + " Gases", "members"));
        submit(api, tenants.memberAnalystOfB(), report(b, b.word() + " Gases", "members"));
        linking.awaitIdle();
        String aid = id(a);
        String bid = id(b);
        mvc.perform(post("/directory/actors/" + aid + "/merge").session(op).with(csrf()).param("with", bid)
                        .param("reason", "same warehouse"))
                .andExpect(redirectedUrlPattern("/directory/actors/A*"));
        assertThat(id(a)).isEqualTo(id(b));
        mvc.perform(get("/directory/alerts").session(op)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("same warehouse")));
    }
}
