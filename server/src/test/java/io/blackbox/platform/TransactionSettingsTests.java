package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TransactionSettingsTests {

    @Test
    void settingsHoldWhileTheWorkRunsAndInnerWorkReplacesThem() {
        assertThat(TransactionSettings.current()).isEmpty();
        String seen = TransactionSettings.with(Map.of("app.reporter_tag", "ab12"), () -> {
            assertThat(TransactionSettings.with(Map.of("app.other", "x"), TransactionSettings::current))
                    .containsExactly(Map.entry("app.other", "x"));
            return TransactionSettings.current().get("app.reporter_tag");
        });
        assertThat(seen).isEqualTo("ab12");
        assertThat(TransactionSettings.current()).isEmpty();
    }

    @Test
    void onlyTheApplicationsOwnSettingsAreAccepted() {
        assertThatThrownBy(() -> TransactionSettings.with(Map.of("role", "postgres"), () -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> TransactionSettings.with(Map.of("app.x'; DROP", "v"), () -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransactionSettings.with(Map.of("search_path", "evil"), () -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
