package io.blackbox.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key files: created once, reused, and nothing opens without them. */
class ReportKeysTests {

    @TempDir
    Path dir;

    @Test
    void keysAreCreatedOnceAndTheSameKeysOpenWhatTheySealed() {
        ReportKeys first = new ReportKeys(dir);
        byte[] sealed = first.seal("Member A Ltd".getBytes(StandardCharsets.UTF_8), "report:1");
        UUID org = UUID.randomUUID();
        ReportKeys again = new ReportKeys(dir);
        assertThat(new String(again.open(sealed, "report:1"), StandardCharsets.UTF_8)).isEqualTo("Member A Ltd");
        assertThat(again.reporterTag(org)).isEqualTo(first.reporterTag(org));
        assertThat(Files.exists(dir.resolve("reports-kek.json"))).isTrue();
        assertThatThrownBy(() -> again.open(sealed, "report:2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyFolderCannotOpenOrLinkAnything(@TempDir Path other) {
        ReportKeys ours = new ReportKeys(dir);
        ReportKeys theirs = new ReportKeys(other);
        UUID org = UUID.randomUUID();
        assertThat(theirs.reporterTag(org)).isNotEqualTo(ours.reporterTag(org));
        byte[] sealed = ours.seal(new byte[] {1, 2, 3}, "x");
        assertThatThrownBy(() -> theirs.open(sealed, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pseudonymsDependOnTheViewerTagOnly() {
        ReportKeys keys = new ReportKeys(dir);
        assertThat(keys.pseudonym("abc")).isEqualTo(keys.pseudonym("abc")).matches("Member [A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(keys.pseudonym("abc")).isNotEqualTo(keys.pseudonym("abd"));
    }
}
