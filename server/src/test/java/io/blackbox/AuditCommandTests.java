package io.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify} starts its own embedded database from --data-dir when no server runs. */
class AuditCommandTests {

    @Test
    void verifiesAFreshDataDirectoryWithoutAServer(@TempDir Path dir) {
        TestCli.Result r = TestCli.run("audit", "verify", "--data-dir", dir.toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("audit trail intact: 0 entries verified");
        assertThat(dir.resolve("postgres/PG_VERSION")).exists();
    }
}
