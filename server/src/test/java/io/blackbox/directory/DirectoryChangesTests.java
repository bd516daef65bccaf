package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DirectoryChangesTests {

    @Test
    void aWriteSparesWhatItsActorsAndValuesLeaveAlone() {
        DirectoryChanges changes = new DirectoryChanges();
        changes.touched(Set.of("A-1", "A-2"), Set.of("phone:+971 4 555 0101", "email:x@front.example"));

        assertThat(changes.count()).isEqualTo(1);
        assertThat(changes.spares(0, 1, "A-3", List.of("phone:+49 30 1234"))).isTrue();
        assertThat(changes.spares(0, 1, "A-2", List.of())).as("its actor").isFalse();
        assertThat(changes.spares(0, 1, "A-3", List.of("domain:other.example", "email:x@front.example")))
                .as("a value it quotes").isFalse();
        assertThat(changes.spares(0, 1, null, List.of("phone:+971 4 555 0101"))).as("a value, for no actor").isFalse();
        assertThat(changes.spares(1, 1, "A-1", List.of())).as("nothing in between").isTrue();
    }

    @Test
    void everyWriteInBetweenMustSpareIt() {
        DirectoryChanges changes = new DirectoryChanges();
        changes.touched(Set.of("A-1"), Set.of("phone:1"));
        changes.touched(Set.of("A-2"), Set.of("phone:2"));
        changes.touched(Set.of("A-3"), Set.of());

        assertThat(changes.spares(0, 3, "A-9", List.of("phone:9"))).isTrue();
        assertThat(changes.spares(0, 3, "A-9", List.of("phone:2"))).isFalse();
        assertThat(changes.spares(2, 3, "A-9", List.of("phone:2"))).as("before the later writes only").isTrue();
        assertThat(changes.spares(1, 3, "A-1", List.of())).isTrue();
        assertThat(changes.spares(0, 3, "A-3", List.of())).isFalse();
    }

    @Test
    void aWriteThatMayHaveTouchedAnythingSparesNothing() {
        DirectoryChanges changes = new DirectoryChanges();
        changes.touched(Set.of("A-1"), Set.of("phone:1"));
        changes.touchedAnything();
        changes.touched(Set.of("A-1"), Set.of("phone:1"));

        assertThat(changes.spares(0, 1, "A-9", List.of())).isTrue();
        assertThat(changes.spares(0, 2, "A-9", List.of())).isFalse();
        assertThat(changes.spares(1, 3, null, List.of())).isFalse();
        assertThat(changes.spares(2, 3, "A-9", List.of("phone:9"))).isTrue();
    }

    @Test
    void writesNoLongerRememberedSpareNothing() {
        DirectoryChanges changes = new DirectoryChanges(4);
        for (int i = 0; i < 10; i++) {
            changes.touched(Set.of("A-" + i), Set.of());
        }

        assertThat(changes.spares(6, 10, "A-99", List.of())).as("the last four").isTrue();
        assertThat(changes.spares(5, 10, "A-99", List.of())).as("five back: the fifth is forgotten").isFalse();
        assertThat(changes.spares(0, 10, "A-99", List.of())).isFalse();
        assertThatThrownBy(() -> new DirectoryChanges(0)).hasMessageContaining("got 0");
    }

    @Test
    void whatAWriteTouchedIsCopiedWhenCounted() {
        DirectoryChanges changes = new DirectoryChanges();
        Set<String> actors = new java.util.HashSet<>(Set.of("A-1"));
        changes.touched(actors, Set.of());
        actors.add("A-2");

        assertThat(changes.spares(0, 1, "A-2", List.of())).isTrue();
    }

    @Test
    void theActorsTouchedSinceACountAreKnownWhileEveryWriteSinceIsRemembered() {
        DirectoryChanges changes = new DirectoryChanges(4);
        changes.touched(Set.of("A-1"), Set.of("phone:1"));
        changes.touched(Set.of("A-2", "A-3"), Set.of());

        assertThat(changes.actorsTouched(0, 2)).containsExactlyInAnyOrder("A-1", "A-2", "A-3");
        assertThat(changes.actorsTouched(1, 2)).containsExactlyInAnyOrder("A-2", "A-3");
        assertThat(changes.actorsTouched(2, 2)).isEmpty();
        changes.touchedAnything();
        assertThat(changes.actorsTouched(1, 3)).as("a write that may have touched anything").isNull();
        for (int i = 0; i < 4; i++) {
            changes.touched(Set.of("A-9"), Set.of());
        }
        assertThat(changes.actorsTouched(3, 7)).containsExactly("A-9");
        assertThat(changes.actorsTouched(2, 7)).as("older than the writes remembered").isNull();
    }
}
