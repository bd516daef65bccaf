package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.blackbox.IntegrationTest;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The report pages through the real security chain: form, my reports, shared feed, queue and review. */
@IntegrationTest
class ReportsPagesIntegrationTests {

    private static final String PASSWORD = "a long enough password 42";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Test
    void aMemberReportsThroughTheFormAndAnotherMemberSeesItBlindedInTheFeed() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession a = member("Form A " + suffix, "forma-" + suffix, Role.MEMBER_ANALYST);
        MockHttpSession b = member("Form B " + suffix, "formb-" + suffix, Role.MEMBER_ANALYST);
        mvc.perform(get("/reports/new").session(a)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("BIS-13"),
                        Matchers.containsString("eccn-options"))));
        mvc.perform(get("/reports/eccns").param("itemEccn", "2B00").session(a))
                .andExpect(content().string(Matchers.containsString("2B001")));

        String inquirer = "Formtest Qaderi Trading " + suffix;
        // a bad ECCN comes back with the field named and what was typed kept
        mvc.perform(post("/reports/new").session(a).with(csrf()).param("receivedAt", "2026-01-05").param("channel", "email")
                        .param("name", inquirer).param("country", "AE").param("itemDescription", "lathe")
                        .param("itemEccn", "9Z999").param("redFlags", "BIS-02").param("action", "declined")
                        .param("sharing", "members").param("reference", "FORM-REF-" + suffix))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("items[0].eccn"),
                        Matchers.containsString(inquirer))));
        MvcResult created = mvc.perform(post("/reports/new").session(a).with(csrf()).param("receivedAt", "2026-01-05")
                        .param("channel", "email").param("name", inquirer).param("country", "AE")
                        .param("phones", "+971 4 555 0101").param("itemDescription", "lathe").param("itemEccn", "2B001")
                        .param("redFlags", "BIS-02").param("redFlags", "BIS-10").param("action", "declined")
                        .param("sharing", "members").param("reference", "FORM-REF-" + suffix))
                .andExpect(redirectedUrlPattern("/reports/*")).andReturn();
        String location = created.getResponse().getRedirectedUrl();

        mvc.perform(get(location).session(a)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("FORM-REF-" + suffix),
                        Matchers.containsString("+97145550101"), Matchers.containsString("Retract this report"))));
        mvc.perform(get("/reports").session(a))
                .andExpect(content().string(Matchers.containsString(inquirer)));
        mvc.perform(get("/reports/shared").param("q", inquirer).session(b))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(inquirer),
                        Matchers.containsString("Member "), Matchers.not(Matchers.containsString("FORM-REF-")),
                        Matchers.not(Matchers.containsString("Form A ")))));
        mvc.perform(get(location).session(b)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.not(Matchers.containsString("FORM-REF-")),
                        Matchers.not(Matchers.containsString("Form A ")), Matchers.not(Matchers.containsString("Retract")))));

        mvc.perform(post(location + "/retract").session(a).with(csrf())).andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(b)).andExpect(status().isNotFound());
    }

    @Test
    void theOperatorReviewsFromTheQueue() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession a = member("Queue A " + suffix, "queuea-" + suffix, Role.MEMBER_ADMIN);
        String inquirer = "Queuetest Trading " + suffix;
        String location = mvc.perform(post("/reports/new").session(a).with(csrf()).param("receivedAt", "2026-01-05")
                        .param("channel", "phone").param("name", inquirer).param("action", "pending")
                        .param("sharing", "operator"))
                .andReturn().getResponse().getRedirectedUrl();
        MockHttpSession op = signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        // the queue is shared by every test of the run and oldest first: find the report on whichever page it is
        boolean queued = false;
        for (int page = 0; page < 100 && !queued; page++) {
            String html = mvc.perform(get("/reports/queue").param("page", Integer.toString(page)).session(op))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            queued = html.contains(inquirer);
            if (!html.contains("Next</a>")) {
                break;
            }
        }
        assertThat(queued).as("the new report is in the review queue").isTrue();
        mvc.perform(post(location + "/messages").session(op).with(csrf()).param("message", "Which distributor?"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(a)).andExpect(content().string(Matchers.containsString("Which distributor?")));
        mvc.perform(post(location + "/accept").session(op).with(csrf())).andExpect(redirectedUrl("/reports/queue"));
        mvc.perform(get(location).session(a)).andExpect(content().string(Matchers.containsString("accepted")));
        // a member is refused the queue
        mvc.perform(get("/reports/queue").session(a)).andExpect(status().isForbidden());
    }

    @Test
    void aMemberSavesAMappingUploadsAFileAndDownloadsTheRejectedRows() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession a = member("Bulk page " + suffix, "bulkpage-" + suffix, Role.MEMBER_ANALYST);
        mvc.perform(get("/reports/bulk").session(a)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("inquirer.name")));
        mvc.perform(post("/reports/bulk/mappings").session(a).with(csrf()).param("name", "crm")
                        .param("columns", "Kunde = inquirer.name\nDatum = receivedAt\nKanal = channel\nMassnahme = action"))
                .andExpect(redirectedUrl("/reports/bulk"));
        byte[] csv = ("Kunde,Datum,Kanal,Massnahme\nPage Bulk " + suffix + ",2026-01-05,email,declined\n"
                + "Page Bulk Bad " + suffix + ",2026-13-01,email,declined\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String job = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports/bulk")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "crm.csv", "text/csv", csv))
                        .param("mapping", "crm").session(a).with(csrf()))
                .andExpect(redirectedUrlPattern("/reports/bulk/*")).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 600 && !page.contains("done"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(job + "/progress").session(a)).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("done", "receivedAt", "Download the rejected rows");
        mvc.perform(get(job + "/rejected").session(a))
                .andExpect(content().string(Matchers.containsString("Page Bulk Bad " + suffix)));
        MockHttpSession b = member("Bulk other " + suffix, "bulkother-" + suffix, Role.MEMBER_ADMIN);
        mvc.perform(get(job).session(b)).andExpect(status().isNotFound());
    }

    private MockHttpSession member(String org, String username, Role role) throws Exception {
        Organisation o = Callers.runAsSystem("test", () -> organisations.create(org, OrganisationKind.MEMBER));
        Callers.runAsSystem("test", () -> users.create(o.id(), username, username, role, PASSWORD));
        return signIn(username, PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
