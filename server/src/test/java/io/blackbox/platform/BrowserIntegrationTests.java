package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.blackbox.HeadlessBrowser;
import io.blackbox.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's headless Chromium through sign-in and one administrative action. Skipped, with a
 * message, where Chromium and ChromeDriver are not installed ({@code .ci/run} installs them).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIntegrationTests {

    @LocalServerPort
    int port;

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
    void anAdministratorSignsInAndCreatesAMemberFirm() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/admin/organisations");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Operator administrator");

        browser.get(base + "/admin/organisations");
        String name = "Browser Tools GmbH " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.xpath("//button[text()='Create organisation']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), name));

        // create a key and revoke it through htmx, in place
        browser.findElement(By.id("keyName")).sendKeys("erp connector");
        browser.findElement(By.xpath("//button[text()='Create key']")).click();
        String secret = browser.findElement(By.cssSelector("code.secret")).getText();
        assertThat(secret).startsWith("bbk_");
        browser.findElement(By.xpath("//button[text()='Revoke']")).click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[id^=key-]"), "revoked"));

        Path shot = Path.of("target", "screenshots", "organisation.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
