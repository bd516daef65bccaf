package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import io.blackbox.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ActorCommentsTests {

    @Test
    void keepsMarkupLineBreaksAndTabsAndStripsTheEnds() {
        assertThat(ActorComments.body("<script>alert(1)</script><img src=x onerror=alert(1)>"))
                .isEqualTo("<script>alert(1)</script><img src=x onerror=alert(1)>");
        assertThat(ActorComments.body("\r\n  first\r\nsecond\rthird\n\n\tindented  \n")).isEqualTo("first\nsecond\nthird\n\n\tindented");
        assertThat(ActorComments.body("Шанхай 上海 شانگهای \uD83D\uDE80")).isEqualTo("Шанхай 上海 شانگهای \uD83D\uDE80");
    }

    @Test
    void refusesMissingBlankAndControlCharactersNamingTheBody() {
        for (String bad : new String[] {null, "", " \n\t\r\n ", "a\u0000b", "a\u0008b", "\u001b[2J", "a\u007f", "a\u009bb"}) {
            assertThatThrownBy(() -> ActorComments.body(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
        }
        assertThatThrownBy(() -> ActorComments.body("ok\u0007")).hasMessageContaining("U+0007").hasMessageContaining("character 3");
        assertThatThrownBy(() -> ActorComments.body("broken \uD800 pair")).hasMessageContaining("broken character");
    }

    @Test
    void countsTheLimitInCharactersNotUtf16Units() {
        String rockets = "\uD83D\uDE80".repeat(ActorComments.MAX_COMMENT);
        assertThat(ActorComments.body(rockets)).isEqualTo(rockets);
        assertThatThrownBy(() -> ActorComments.body(rockets + "x")).hasMessageContaining("4001 characters");
    }

    @Test
    void anyTextOfPrintableCharactersComesBackAsWritten() {
        Random random = new Random(20261202);
        String alphabet = "abcXYZ019 <>&\"'/=;()\n\téüßжش中\uD83D\uDE80";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder("x");
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length() - 1);
                // never split the one surrogate pair at the end
                b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? "\uD83D\uDE80" : alphabet.substring(at, at + 1));
            }
            String text = b.append('y').toString();
            assertThat(ActorComments.body(text)).isEqualTo(text);
        }
    }
}
