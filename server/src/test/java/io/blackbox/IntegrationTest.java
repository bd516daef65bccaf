package io.blackbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test against the whole application on a real, embedded PostgreSQL started from an empty folder.
 * Every class with this annotation shares one application context, so the database starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.platform.data-dir=target/test-data",
        "app.platform.embedded-clean=true",
        "app.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "app.platform.admin-api-key=" + IntegrationTest.ADMIN_KEY,
        "app.platform.max-request-body=64KB",
        "app.lists.refresh.watch-dir=target/test-watch",
        "app.screening.rate-limit=20",
        // webhook receivers in tests listen on 127.0.0.1; WebhookAddressPolicyIntegrationTests runs without
        "app.screening.webhook-allow-private-addresses=true",
        "app.lists.refresh.urls[un-xml]=http://127.0.0.1:9/consolidated.xml",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
public @interface IntegrationTest {
    String ADMIN_PASSWORD = "correct horse battery staple";
    String ADMIN_KEY = "bbk_test_admin_key_0123456789abcdef";
}
