package io.blackbox.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.blackbox.platform.PlatformProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the product talks to: an external server named by URL, or an embedded one whose data
 * folder lives under the data directory and survives restarts.
 */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private DatabaseServer(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseServer start(PlatformProperties props) {
        PlatformProperties.Database db = props.database();
        if (db.external()) {
            log.info("Using external PostgreSQL at {}", db.url());
            return new DatabaseServer(db.url(), db.user(), db.password(), null);
        }
        Path folder = props.dataDir().resolve("postgres");
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(props.embeddedClean())
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            String jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
            log.info("Started embedded PostgreSQL with data in {}", folder);
            return new DatabaseServer(jdbcUrl, "postgres", null, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + folder
                    + " (is another Black Box process using this data directory?)", e);
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
