package org.peelrms.nominal.internal.duplicates;

import java.util.List;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * One blocking rule's keys for everyone on file, each a 32-bit hash of the key (a collision only puts two more
 * people in one block), sorted and distinct per person, in two flat arrays: person i's keys are
 * {@code keys[start[i]]} up to {@code keys[start[i + 1]]}. A few bytes a key, instead of an array object for each
 * person and rule (docs/benchmarks/duplicates.md, memory).
 */
final class RuleKeys {
    private final int[] start;
    private final int[] keys;

    private RuleKeys(int[] start, int[] keys) {
        this.start = start;
        this.keys = keys;
    }

    static RuleKeys of(BlockingRules rule, List<PreparedPerson> people, NameVariants variants) {
        int[][] each = people.parallelStream().map(person -> rule.keys(person, variants).stream()
                .mapToInt(hash -> (int) (hash >>> 32)).sorted().distinct().toArray()).toArray(int[][]::new);
        int[] start = new int[each.length + 1];
        for (int i = 0; i < each.length; i++) {
            start[i + 1] = start[i] + each[i].length;
        }
        int[] keys = new int[start[each.length]];
        for (int i = 0; i < each.length; i++) {
            System.arraycopy(each[i], 0, keys, start[i], each[i].length);
        }
        return new RuleKeys(start, keys);
    }

    int size() {
        return keys.length;
    }

    /** Every (key, person) of the rule as one number, the key in the high bits: sorted, a block is a run of one key. */
    long[] entries() {
        long[] entries = new long[keys.length];
        for (int i = 0; i + 1 < start.length; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                entries[k] = (keys[k] & 0xffffffffL) << DuplicateFinder.INDEX_BITS | i;
            }
        }
        return entries;
    }

    boolean shareAKey(int i, int j) {
        return smallestShared(i, j) != Long.MIN_VALUE;
    }

    /** The smallest key the two people share, or Long.MIN_VALUE when they share none. */
    long smallestShared(int i, int j) {
        int x = start[i];
        int y = start[j];
        while (x < start[i + 1] && y < start[j + 1]) {
            if (keys[x] == keys[y]) {
                return keys[x];
            }
            if (keys[x] < keys[y]) {
                x++;
            } else {
                y++;
            }
        }
        return Long.MIN_VALUE;
    }
}
