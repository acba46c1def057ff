package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.ChainBreak.Problem;

class ChainWalkTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 15, 0, 0, 0, ZoneOffset.UTC);

    private static String hash(long position) {
        return EntryHash.sha256("entry " + position);
    }

    private static String previous(long position) {
        return position == 1 ? EntryHash.GENESIS : hash(position - 1);
    }

    private static boolean good(ChainWalk walk, long position) {
        return walk.next(position, 100 + position, AT.plusMinutes(position), previous(position), hash(position),
                hash(position));
    }

    @Test
    void anUnbrokenChain_isIntact() {
        ChainWalk walk = new ChainWalk();
        for (long p = 1; p <= 5; p++) {
            assertThat(good(walk, p)).isTrue();
        }
        walk.end(5, hash(5));
        assertThat(walk.firstBreak()).isNull();
        assertThat(walk.checked()).isEqualTo(5);
    }

    @Test
    void anEmptyChain_isIntact() {
        ChainWalk walk = new ChainWalk();
        walk.end(0, EntryHash.GENESIS);
        assertThat(walk.firstBreak()).isNull();
    }

    @Test
    void aChangedEntry_isNamedAsChanged() {
        ChainWalk walk = new ChainWalk();
        good(walk, 1);
        assertThat(walk.next(2, 102, AT, previous(2), hash(2), "recomputed differently")).isFalse();
        assertThat(walk.firstBreak().problem()).isEqualTo(Problem.CONTENT_CHANGED);
        assertThat(walk.firstBreak().position()).isEqualTo(2);
        assertThat(walk.firstBreak().entryId()).isEqualTo(102);
        assertThat(walk.firstBreak().explanation()).contains("entry 102 has been changed");
    }

    @Test
    void aDeletedEntry_isNamedByItsPosition() {
        ChainWalk walk = new ChainWalk();
        good(walk, 1);
        good(walk, 2);
        assertThat(good(walk, 4)).isFalse();
        assertThat(walk.firstBreak().problem()).isEqualTo(Problem.ENTRY_MISSING);
        assertThat(walk.firstBreak().position()).isEqualTo(3);
        assertThat(walk.firstBreak().entryId()).isNull();
        assertThat(walk.firstBreak().occurredAt()).isEqualTo(AT.plusMinutes(2));
        assertThat(walk.firstBreak().explanation()).contains("position 3 is missing");
    }

    @Test
    void anEntryRehashedAfterAChange_breaksTheNextLink() {
        ChainWalk walk = new ChainWalk();
        good(walk, 1);
        walk.next(2, 102, AT, previous(2), "rehashed", "rehashed");
        assertThat(good(walk, 3)).isFalse();
        assertThat(walk.firstBreak().problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
        assertThat(walk.firstBreak().position()).isEqualTo(3);
    }

    @Test
    void deletedNewestEntries_areFoundAtTheHead() {
        ChainWalk walk = new ChainWalk();
        good(walk, 1);
        good(walk, 2);
        walk.end(4, hash(4));
        assertThat(walk.firstBreak().problem()).isEqualTo(Problem.HEAD_MISMATCH);
        assertThat(walk.firstBreak().position()).isEqualTo(3);
    }

    @Test
    void onlyTheFirstBreak_isKept() {
        ChainWalk walk = new ChainWalk();
        good(walk, 1);
        good(walk, 3);
        assertThat(good(walk, 5)).isFalse();
        assertThat(walk.firstBreak().position()).isEqualTo(2);
    }
}
