package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.blackbox.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

/** Sign-in, one-time passwords, CSRF, throttling and the admin pages, through the real security chain. */
@IntegrationTest
class PlatformPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Sign in</h1>")));
    }

    @Test
    void anExpiredSessionIsSentToSignInWithAMessage() throws Exception {
        mvc.perform(get("/admin/organisations").with(r -> {
                    r.setRequestedSessionId("no-longer-valid");
                    r.setRequestedSessionIdValid(false);
                    return r;
                }))
                .andExpect(header().string("Location", Matchers.endsWith("/login?expired")));
        mvc.perform(get("/login").param("expired", "")).andExpect(content().string(
                Matchers.containsString("Your session expired")));
    }

    @Test
    void theAdministratorSignsInAndSeesTheOrganisationsPage() throws Exception {
        MockHttpSession session = signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Operator administrator")));
        mvc.perform(get("/admin/organisations").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("New organisation")));
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("login.success")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession session = signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String name = "No CSRF " + UUID.randomUUID();
        mvc.perform(post("/admin/organisations").session(session).param("name", name).param("kind", "member"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/error/forbidden"))
                .andExpect(request().attribute("problem", Matchers.containsString("Reload the page")));
        assertThat(io.blackbox.platform.Callers.runAsSystem("test", () -> organisations.findByName(name))).isEmpty();
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        String username = "otp-" + UUID.randomUUID().toString().substring(0, 8);
        String otp = Callers.runAsSystem("test", () -> {
            Organisation org = organisations.create("OTP " + UUID.randomUUID(), OrganisationKind.MEMBER);
            return users.create(org.id(), username, "Otto", Role.MEMBER_ADMIN, null).oneTimePassword();
        });
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", otp))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/organisation").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", otp)
                        .param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(content().string(Matchers.containsString("at least 12 characters")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", otp)
                        .param("newPassword", "a much longer secret").param("repeatPassword", "a much longer secret"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/admin/organisation").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/organisations/*"));
    }

    @Test
    void repeatedFailedSignInsAreLockedOut() throws Exception {
        String username = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "any"))
                .andExpect(redirectedUrlPattern("/login?locked=*"));
    }

    @Test
    void wrongPasswordsAndDisabledUsersCannotSignIn() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "not the password"))
                .andExpect(redirectedUrl("/login?error"));
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> {
            Organisation org = organisations.create("Off " + UUID.randomUUID(), OrganisationKind.MEMBER);
            User u = users.create(org.id(), username, "Off", Role.MEMBER_ANALYST, "a long enough password").user();
            users.setEnabled(org.id(), u.id(), false);
        });
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aMemberAnalystCannotOpenAdministrationPages() throws Exception {
        String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> {
            Organisation org = organisations.create("Analyst " + UUID.randomUUID(), OrganisationKind.MEMBER);
            users.create(org.id(), username, "Ana", Role.MEMBER_ANALYST, "a long enough password");
        });
        MockHttpSession session = signIn(username, "a long enough password");
        mvc.perform(get("/admin/organisations").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersWhatTheSignedInRoleMayOpen() throws Exception {
        MockHttpSession admin = signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        mvc.perform(get("/").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<nav aria-label=\"Main\"")))
                .andExpect(content().string(Matchers.containsString(">Organisations</a>")))
                .andExpect(content().string(Matchers.containsString(">Audit trail</a>")));
        String username = "nav-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> {
            Organisation org = organisations.create("Nav " + UUID.randomUUID(), OrganisationKind.MEMBER);
            users.create(org.id(), username, "Navi", Role.MEMBER_ANALYST, "a long enough password");
        });
        MockHttpSession analyst = signIn(username, "a long enough password");
        mvc.perform(get("/").session(analyst)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">Reports</a>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Organisations</a>"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Audit trail</a>"))));
        // signed out, the sign-in page has no navigation
        mvc.perform(get("/login")).andExpect(content().string(Matchers.not(Matchers.containsString("<nav aria-label=\"Main\""))));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
