package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.blackbox.Api;
import io.blackbox.HeadlessBrowser;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The actor page's network graph, drawn by Cytoscape.js in headless Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessBrowser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theActorPageDrawsItsNetwork() throws Exception {
        Api api = new Api(port);
        TestTenants tenants = TestTenants.create(api);
        // two fronts of one network: different names, one shared phone
        Front a = Front.random();
        Front b = new Front(Front.random().word(), Front.random().domain(), a.phone());
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(a, a.word() + " Precision", "members"));
        submit(api, tenants.memberAnalystOfB(), report(b, b.word() + " Machinery", "members"));
        linking.awaitIdle();
        JsonNode items = api.get("/api/v1/directory/actors?q=" + a.word(), tenants.key(Role.OPERATOR_ANALYST)).json()
                .get("items");
        String id = items.get(0).get("id").asString();

        String base = "http://localhost:" + port;
        browser.get(base + "/directory/actors/" + id);
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the sign-in answers with a redirect to the page asked for; wait for it before reading the page
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        if (!browser.getCurrentUrl().endsWith("/directory/actors/" + id)) {
            browser.get(base + "/directory/actors/" + id);
        }
        wait.until(ExpectedConditions.textMatches(By.id("network-status"), java.util.regex.Pattern.compile("\\d+ actors")));
        assertThat(browser.findElement(By.id("network-status")).getText()).matches("\\d+ actors, \\d+ links.*");
        // unticking a kind of link hides those links without reloading
        browser.findElement(By.cssSelector("#network-kinds input[value=phone]")).click();
        assertThat(browser.findElement(By.id("network-status")).getText()).doesNotContain("could not");
        assertThat(browser.findElements(By.cssSelector("#network canvas"))).isNotEmpty();

        Path shot = Path.of("target", "screenshots", "actor-network.png");
        Files.createDirectories(shot.getParent());
        org.openqa.selenium.WebElement graph = browser.findElement(By.id("network"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", graph);
        Files.write(shot, graph.getScreenshotAs(OutputType.BYTES));
    }
}
