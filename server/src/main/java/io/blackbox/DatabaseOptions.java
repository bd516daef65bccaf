package io.blackbox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the database is, for every subcommand that uses it: the embedded one in {@code --data-dir}, or an
 * external PostgreSQL. Environment variables give the same settings to scripts and services.
 */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:BLACKBOX_DATA_DIR}",
            description = "Folder for the embedded database and local state (default: ~/.blackbox; env BLACKBOX_DATA_DIR).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:BLACKBOX_DB_URL}",
            description = "External PostgreSQL, e.g. jdbc:postgresql://host:5432/blackbox (env BLACKBOX_DB_URL). "
                    + "Without it the embedded PostgreSQL is used.")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:BLACKBOX_DB_USER}", description = "External database user (env BLACKBOX_DB_USER).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:BLACKBOX_DB_PASSWORD}", arity = "0..1", interactive = true,
            description = "External database password (env BLACKBOX_DB_PASSWORD).")
    String password;

    /** Further Spring properties a subcommand sets. */
    final Map<String, Object> extra = new LinkedHashMap<>();

    /** These options as Spring properties. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>(extra);
        if (dataDir != null) {
            p.put("app.platform.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (url != null && !url.isBlank()) {
            p.put("app.platform.database.url", url);
            p.put("app.platform.database.user", user == null ? "" : user);
            p.put("app.platform.database.password", password == null ? "" : password);
        }
        return p;
    }
}
