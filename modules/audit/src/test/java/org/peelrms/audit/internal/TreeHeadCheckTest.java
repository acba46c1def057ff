package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peelrms.audit.api.ChainBreak.Problem;

/** The verification checks each sealing batch's tree head against the entries it walks. */
class TreeHeadCheckTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 4, 0, 0, 0, ZoneOffset.UTC);

    private static String hash(long position) {
        return EntryHash.sha256("entry " + position);
    }

    private static TreeHead head(long first, long last) {
        List<String> hashes = LongStream.rangeClosed(first, last).mapToObj(TreeHeadCheckTest::hash).toList();
        return new TreeHead(first, last, MerkleTreeHash.of(hashes), hash(last), AT);
    }

    /** Walks positions 1 to last; the heads are read in pages of two, as the verification reads them in pages. */
    private static TreeHeadCheck walk(long last, List<TreeHead> heads) {
        TreeHeadCheck check = new TreeHeadCheck(after -> heads.stream().filter(h -> h.lastPosition() > after).limit(2)
                .toList());
        for (long position = 1; position <= last; position++) {
            if (!check.next(position, hash(position))) {
                break;
            }
        }
        return check;
    }

    @Test
    void headsThatMatchTheirEntries_passOverEntriesChainedBeforeTheFirstHead() {
        List<TreeHead> heads = List.of(head(4, 6), head(7, 7), head(8, 12), head(13, 20));
        assertThat(walk(20, heads).firstBreak()).isNull();
        assertThat(walk(15, heads).firstBreak()).as("a head beyond the walk is not checked yet").isNull();
    }

    @Test
    void aHeadWhoseRootDoesNotMatch_isNamedAtItsLastPosition() {
        TreeHead forged = new TreeHead(8, 12, "f".repeat(64), hash(12), AT);
        TreeHeadCheck check = walk(20, List.of(head(4, 7), forged, head(13, 20)));
        assertThat(check.firstBreak().problem()).isEqualTo(Problem.TREE_HEAD_MISMATCH);
        assertThat(check.firstBreak().position()).isEqualTo(12);
    }

    @Test
    void aHeadWhoseLastHashIsNotTheChainsThere_isNamed() {
        List<String> hashes = LongStream.rangeClosed(1, 5).mapToObj(TreeHeadCheckTest::hash).toList();
        TreeHead wrongLast = new TreeHead(1, 5, MerkleTreeHash.of(hashes), hash(4), AT);
        assertThat(walk(5, List.of(wrongLast)).firstBreak().problem()).isEqualTo(Problem.TREE_HEAD_MISMATCH);
    }
}
