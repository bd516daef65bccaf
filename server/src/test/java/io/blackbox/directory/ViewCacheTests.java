package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.blackbox.platform.Caller;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.Test;

class ViewCacheTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final UUID ORG_A = UUID.randomUUID();
    static final UUID ORG_B = UUID.randomUUID();
    static final UUID OPERATOR = UUID.randomUUID();

    static Caller member(UUID org, Role role) {
        return new Caller(UUID.randomUUID(), org, OrganisationKind.MEMBER, role, "user", Set.of(Caller.READ));
    }

    static ActorView view(String id) {
        return new ActorView(id, "Name", List.of(), null, List.of(), null, List.of(), List.of(), 1, 1, DAY, DAY,
                List.of(), null, null, null, null);
    }

    @Test
    void aViewReadForOneOrganisationServesItsOtherCallersButNoOtherOrganisation() {
        ViewCache<ActorView> cache = new ViewCache<>(10);
        cache.put(member(ORG_A, Role.MEMBER_ANALYST), "A1", 3, DAY, view("A1"));

        assertThat(cache.get(member(ORG_A, Role.MEMBER_ADMIN), "A1", 3, DAY).view().id()).isEqualTo("A1");
        assertThat(cache.get(member(ORG_B, Role.MEMBER_ANALYST), "A1", 3, DAY)).isNull();
        assertThat(cache.get(Caller.system("test"), "A1", 3, DAY)).isNull();
    }

    @Test
    void collectingSeparatesWhatIsKeptFromWhatIsStillToReadAndLeavesOutWhatIsNotVisible() {
        ViewCache<ActorView> cache = new ViewCache<>(10);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.put(a, "p/A1", 3, DAY, view("A1"));
        cache.put(a, "p/A2", 3, DAY, null);
        java.util.Map<String, ActorView> found = new java.util.LinkedHashMap<>();

        assertThat(cache.collect(a, "p/", List.of("A3", "A1", "A2", "A4"), 3, DAY, found)).containsExactly("A3", "A4");
        assertThat(found).containsOnlyKeys("A1");
        assertThat(cache.collect(a, "", List.of("A1"), 3, DAY, new java.util.HashMap<>())).as("another prefix")
                .containsExactly("A1");
    }

    @Test
    void operatorStaffAndOtherOperatorCallersAreKeptApart() {
        Caller analyst = new Caller(UUID.randomUUID(), OPERATOR, OrganisationKind.OPERATOR, Role.OPERATOR_ANALYST, "op",
                Set.of(Caller.READ));
        Caller admin = new Caller(UUID.randomUUID(), OPERATOR, OrganisationKind.OPERATOR, Role.OPERATOR_ADMIN, "op2",
                Set.of(Caller.READ));
        assertThat(ViewCache.viewer(analyst)).isEqualTo(ViewCache.viewer(admin)).endsWith("/staff");
        assertThat(ViewCache.viewer(member(ORG_A, Role.MEMBER_ANALYST))).endsWith("/other");
        assertThat(ViewCache.viewer(Caller.system("a"))).isEqualTo(ViewCache.viewer(Caller.system("b")));
    }

    @Test
    void anEntryWithoutDependenciesAnswersOnlyAtTheCountItWasReadAt() {
        DirectoryChanges changes = new DirectoryChanges();
        ViewCache<ActorView> cache = new ViewCache<>(10, changes);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.put(a, "A1", 0, DAY, view("A1"));
        changes.touched(Set.of("A2"), Set.of());

        assertThat(cache.get(a, "A1", 0, DAY)).isNotNull();
        assertThat(cache.get(a, "A1", 1, DAY)).as("after a change that spared it").isNull();
        assertThat(cache.get(a, "A1", 0, DAY.plusDays(1))).as("on the next day").isNull();
        ViewCache<ActorView> withoutLog = new ViewCache<>(10);
        withoutLog.put(a, "A1", 3, DAY, view("A1"), "A1", List.of());
        assertThat(withoutLog.get(a, "A1", 4, DAY)).as("without a change log").isNull();
    }

    @Test
    void anEntryOutlivesTheChangesThatSpareItsActorAndValues() {
        DirectoryChanges changes = new DirectoryChanges();
        ViewCache<ActorView> cache = new ViewCache<>(10, changes);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.put(a, "A1", 0, DAY, view("A1"), "A1", List.of("phone:1", "email:a@x.example"));
        cache.put(a, "A2", 0, DAY, view("A2"), "A2", List.of("phone:2"));
        cache.put(a, "A3", 0, DAY, null, "A3", List.of());
        changes.touched(Set.of("A9"), Set.of("phone:9"));
        changes.touched(Set.of("A2", "A8"), Set.of("phone:8"));
        changes.touched(Set.of("A7"), Set.of("email:a@x.example"));

        assertThat(cache.get(a, "A1", 1, DAY)).as("at 1 nothing touched it").isNotNull();
        assertThat(cache.get(a, "A1", 3, DAY)).as("a value it depends on").isNull();
        assertThat(cache.get(a, "A2", 1, DAY).changes()).isEqualTo(1);
        assertThat(cache.get(a, "A2", 2, DAY)).as("its actor").isNull();
        assertThat(cache.get(a, "A3", 3, DAY)).as("kept as not visible, untouched").isNotNull()
                .extracting(ViewCache.Cached::view).isNull();
        changes.touchedAnything();
        assertThat(cache.get(a, "A3", 4, DAY)).as("after a full relink").isNull();
        assertThat(cache.get(a, "A3", 3, DAY)).as("checked once, still exact at 3").isNotNull();
        assertThat(cache.get(a, "A3", 3, DAY.plusDays(1))).as("on the next day").isNull();
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotKeptAfterItUnlessTheChangeSparedIt() {
        DirectoryChanges changes = new DirectoryChanges();
        ViewCache<ActorView> cache = new ViewCache<>(10, changes);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        changes.touched(Set.of("A1"), Set.of());                   // count 1
        cache.put(a, "A1", 1, DAY, view("A1"), "A1", List.of());  // read at 1
        cache.put(a, "A1", 0, DAY, view("old"), "A1", List.of()); // read at 0, finished later

        assertThat(cache.get(a, "A1", 1, DAY).view().id()).as("the later read stays").isEqualTo("A1");
        cache.put(a, "A4", 0, DAY, view("A4"), "A4", List.of()); // read at 0, finished after change 1
        cache.put(a, "A5", 0, DAY, view("A5"), "A1", List.of());
        assertThat(cache.get(a, "A4", 1, DAY)).as("change 1 spared A4").isNotNull();
        assertThat(cache.get(a, "A5", 1, DAY)).as("change 1 touched what it depends on").isNull();
        assertThat(cache.get(a, "A4", 0, DAY)).as("asked at an older count than it is checked at").isNull();
    }

    @Test
    void anActorTheOrganisationMayNotSeeIsKeptAsInvisible() {
        ViewCache<ActorView> cache = new ViewCache<>(10);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.put(a, "A9", 1, DAY, null);

        assertThat(cache.get(a, "A9", 1, DAY)).isNotNull().extracting(ViewCache.Cached::view).isNull();
    }

    @Test
    void theLeastRecentlyUsedEntriesGoBeyondTheLimit() {
        ViewCache<ActorView> cache = new ViewCache<>(2);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.put(a, "A1", 1, DAY, view("A1"));
        cache.put(a, "A2", 1, DAY, view("A2"));
        cache.get(a, "A1", 1, DAY);
        cache.put(a, "A3", 1, DAY, view("A3"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(a, "A2", 1, DAY)).isNull();
        assertThat(cache.get(a, "A1", 1, DAY)).isNotNull();
        assertThatThrownBy(() -> new ViewCache<ActorView>(0)).hasMessageContaining("got 0");
    }

    @Test
    void advancingCarriesSparedEntriesPastWhatTheChangeLogRemembersAndDropsTouchedOnes() {
        DirectoryChanges changes = new DirectoryChanges(4);
        ViewCache<ActorView> cache = new ViewCache<>(10, changes);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        Caller b = member(ORG_B, Role.MEMBER_ANALYST);
        cache.put(a, "A1", 0, DAY, view("A1"), "A1", List.of("email:x@a.example"));
        cache.put(a, "A2", 0, DAY, view("A2"), "A2", List.of("phone:+100"));
        cache.put(a, "A3", 0, DAY, view("A3"), "A3", List.of());
        cache.put(b, "A1", 0, DAY, view("A1"), "A1", List.of());
        changes.touched(Set.of("A9"), Set.of("phone:+100"));
        changes.touched(Set.of("A3"), Set.of());

        assertThat(cache.advance(a, 2, DAY)).containsExactlyInAnyOrder("A2", "A3");
        assertThat(cache.size()).as("the other organisation's entry is left as it was").isEqualTo(2);
        for (int i = 0; i < 6; i++) { // more writes than the log remembers, none touching A1
            changes.touched(Set.of("A8"), Set.of());
            if (i == 2) {
                assertThat(cache.advance(a, changes.count(), DAY)).isEmpty();
            }
        }
        assertThat(cache.get(a, "A1", changes.count(), DAY)).as("carried forward before the log forgot").isNotNull();
        assertThat(cache.get(b, "A1", changes.count(), DAY)).as("never carried forward: older than the log").isNull();
        assertThat(cache.advance(a, changes.count(), DAY.plusDays(1))).as("another day").containsExactly("A1");
        assertThat(cache.advance(a, changes.count(), DAY.plusDays(1))).isEmpty();
    }

    @Test
    void aCacheKeepsMoreEntriesOnceItsCapacityIsRaised() {
        ViewCache<ActorView> cache = new ViewCache<>(2);
        Caller a = member(ORG_A, Role.MEMBER_ANALYST);
        cache.capacity(3);
        for (String id : List.of("A1", "A2", "A3", "A4")) {
            cache.put(a, id, 0, DAY, view(id));
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(a, "A1", 0, DAY)).as("the least recently used went").isNull();
        assertThat(cache.capacity()).isEqualTo(3);
        assertThatThrownBy(() -> cache.capacity(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
