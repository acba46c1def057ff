package org.peelrms.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of a list of entry hashes, as Certificate Transparency defines it (RFC 9162,
 * section 2.1.1): a leaf is SHA-256 of 0x00 and the leaf's bytes; a node is SHA-256 of 0x01 and its two
 * children's hashes; a list of n leaves splits at the largest power of two below n. The leaves are the
 * entries' own hashes (32 bytes each, from their hex). Each sealing batch's root goes into its tree head.
 */
final class MerkleTreeHash {
    private static final HexFormat HEX = HexFormat.of();

    private MerkleTreeHash() {
    }

    /** The root over the entry hashes (hex), in chain order; at least one. */
    static String of(List<String> entryHashes) {
        if (entryHashes.isEmpty()) {
            throw new IllegalArgumentException("a tree head covers at least one entry");
        }
        byte[][] leaves = entryHashes.stream().map(hash -> HEX.parseHex(hash.strip())).toArray(byte[][]::new);
        return HEX.formatHex(root(leaves, 0, leaves.length));
    }

    private static byte[] root(byte[][] leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return sha256((byte) 0x00, leaves[from]);
        }
        int split = Integer.highestOneBit(n - 1);
        return sha256((byte) 0x01, root(leaves, from, from + split), root(leaves, from + split, to));
    }

    static byte[] sha256(byte prefix, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
