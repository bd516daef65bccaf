package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamesTests {
    private final Nicknames nicknames = Nicknames.getDefault();

    @Test
    void relatesNicknamesToFormalNamesAndToEachOther() {
        assertThat(nicknames.related("william", "bill")).isTrue();
        assertThat(nicknames.related("bill", "will")).isTrue();
        assertThat(nicknames.related("robert", "bob")).isTrue();
        assertThat(nicknames.related("robert", "william")).isFalse();
        assertThat(nicknames.related("zzz", "zzz")).isTrue();
        assertThat(nicknames.formalNamesOf("bill")).contains("william");
    }
}
