package io.blackbox.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the platform module, under {@code app.platform}.
 *
 * @param dataDir        folder for the embedded database and other local state; default {@code ~/.blackbox}
 *                       (the launcher's {@code --data-dir} sets it)
 * @param database       an external PostgreSQL; when its URL is empty the embedded one is used
 * @param embeddedClean  start the embedded database from an empty folder (tests only); default false
 * @param operatorName   name of the operator organisation created on first start; default "Operator"
 * @param adminPassword  password of the first operator administrator {@code admin}; when empty a one-time
 *                       password is generated and printed once (env {@code BLACKBOX_ADMIN_PASSWORD})
 * @param adminApiKey    registered as the administrator's API key on start when set
 *                       (env {@code BLACKBOX_ADMIN_API_KEY})
 * @param loginFailures  failed logins per user and address within {@code loginWindow} before refusing; default 5
 * @param loginWindow    the window and lock-out time for failed logins; default 10 minutes
 * @param maxRequestBody largest request body the API accepts; default 1 MB
 */
@ConfigurationProperties("app.platform")
public record PlatformProperties(
        Path dataDir,
        Database database,
        boolean embeddedClean,
        String operatorName,
        String adminPassword,
        String adminApiKey,
        Integer loginFailures,
        Duration loginWindow,
        DataSize maxRequestBody) {

    public PlatformProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".blackbox");
        }
        if (database == null) {
            database = new Database(null, null, null);
        }
        if (operatorName == null || operatorName.isBlank()) {
            operatorName = "Operator";
        }
        if (loginFailures == null) {
            loginFailures = 5;
        }
        if (loginFailures < 1) {
            throw new IllegalArgumentException("app.platform.login-failures must be at least 1, was " + loginFailures);
        }
        if (loginWindow == null) {
            loginWindow = Duration.ofMinutes(10);
        }
        if (maxRequestBody == null) {
            maxRequestBody = DataSize.ofMegabytes(1);
        }
    }

    /**
     * An external PostgreSQL (env {@code BLACKBOX_DB_URL}, {@code BLACKBOX_DB_USER}, {@code BLACKBOX_DB_PASSWORD}).
     * The user owns the schema; the application's queries run as the role {@code blackbox_app} that the
     * migrations create, so the user needs CREATEROLE once (or an administrator creates the role first).
     */
    public record Database(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
