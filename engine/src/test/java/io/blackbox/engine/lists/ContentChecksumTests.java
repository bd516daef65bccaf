package io.blackbox.engine.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentChecksumTests {

    @Test
    void hashesBytesAsSha256Hex() {
        assertThat(ContentChecksum.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void setChecksumIgnoresArgumentOrderButNotContentOrNames(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("sdn.csv"), "1,\"A\"");
        Path b = Files.writeString(dir.resolve("alt.csv"), "1,2,\"aka\",\"B\"");
        String ab = ContentChecksum.ofFiles(List.of(a, b));
        assertThat(ContentChecksum.ofFiles(List.of(b, a))).isEqualTo(ab);
        assertThat(ContentChecksum.ofInputs(List.of(new ListInput("alt.csv", Files.readAllBytes(b)),
                new ListInput("sdn.csv", Files.readAllBytes(a))))).isEqualTo(ab);
        Files.writeString(b, "1,2,\"aka\",\"C\"");
        assertThat(ContentChecksum.ofFiles(List.of(a, b))).isNotEqualTo(ab);
        assertThat(ContentChecksum.sha256(a)).isEqualTo(ContentChecksum.sha256(Files.readAllBytes(a)));
    }

    @Test
    void matchesTheSourceTxtChecksumOfTheRealUnFile() {
        Path un = SharedData.lists("un-sc-2026-02-27").resolve("consolidated.xml");
        // SOURCE.txt: sha256[0:16] 66b392a4090868d2
        assertThat(ContentChecksum.sha256(un)).startsWith("66b392a4090868d2");
    }
}
