package org.peelrms.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree head's Merkle tree hash is RFC 9162's (section 2.1.1), so anyone can recompute it from the entry hashes. */
class MerkleTreeHashTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    private static byte[] leaf(String hash) {
        return MerkleTreeHash.sha256((byte) 0, HEX.parseHex(hash));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return MerkleTreeHash.sha256((byte) 1, left, right);
    }

    @Test
    void oneEntry_isItsLeafHash() {
        assertThat(MerkleTreeHash.of(List.of(A))).isEqualTo(HEX.formatHex(leaf(A)));
    }

    @Test
    void threeEntries_splitAtTheLargestPowerOfTwoBelow() {
        assertThat(MerkleTreeHash.of(List.of(A, B, C)))
                .isEqualTo(HEX.formatHex(node(node(leaf(A), leaf(B)), leaf(C))));
    }

    @Test
    void theRoot_coversEveryEntryAndItsPlace() {
        String root = MerkleTreeHash.of(List.of(A, B, C));
        assertThat(MerkleTreeHash.of(List.of(B, A, C))).isNotEqualTo(root);
        assertThat(MerkleTreeHash.of(List.of(A, B))).isNotEqualTo(root);
        assertThat(MerkleTreeHash.of(List.of(A, B, C, C))).isNotEqualTo(root);
    }

    @Test
    void aTreeHeadOverNothing_isRefused() {
        assertThatThrownBy(() -> MerkleTreeHash.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
