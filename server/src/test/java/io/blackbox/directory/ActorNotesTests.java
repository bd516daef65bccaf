package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ActorNotesTests {

    static String render(List<ActorNotes.DiffLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.op()).append(l.text()).append('\n'));
        return b.toString();
    }

    @Test
    void diffShowsKeptRemovedAndAddedLines() {
        String d = render(ActorNotes.diff("front of network X\nuses Jebel Ali forwarder\nactive 2025",
                "front of network X\nuses Sharjah forwarder\nactive 2025\nsee also A12"));
        assertThat(d).isEqualTo(" front of network X\n-uses Jebel Ali forwarder\n+uses Sharjah forwarder\n active 2025\n+see also A12\n");
    }

    @Test
    void diffFromNothingAddsEveryLine() {
        assertThat(render(ActorNotes.diff("", "a\nb"))).isEqualTo("+a\n+b\n");
        assertThat(render(ActorNotes.diff("a", ""))).isEqualTo("-a\n");
        assertThat(ActorNotes.diff("", "")).isEmpty();
    }
}
