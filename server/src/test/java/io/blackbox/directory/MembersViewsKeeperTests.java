package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembersViewsKeeperTests {

    @Test
    void theViewsKeptFitInATenthOfTheHeap() {
        long gib = 1L << 30;
        // the pool of 1,000,000 reports (189,796 actors) fits in the 8 GiB heap that its relink needs anyway
        assertThat(MembersViewsKeeper.heapBound(8 * gib)).isGreaterThan(189_796).isEqualTo(343_597);
        assertThat(MembersViewsKeeper.heapBound(gib) * MembersViewsKeeper.BYTES_PER_VIEW).isLessThanOrEqualTo(gib / 10);
        assertThat(MembersViewsKeeper.heapBound(0)).isZero();
    }
}
