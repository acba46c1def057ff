package org.peelrms.nominal.internal.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * Finds the people on file twice, over the whole index: blocks (only people who share a key of a
 * {@link BlockingRules} rule are compared, each pair once), compares each pair's fields at their levels,
 * weighs them (Fellegi–Sunter, {@link MatchWeights}) and keeps the pairs whose match probability reaches
 * the threshold. Pure Java over a list of people, so that the server's job and the unit evaluation run the
 * same code (ADR 0043).
 */
public final class DuplicateFinder {
    /** The probability from which a pair goes to the review queue (chosen on the training set, ADR 0043). */
    public static final double THRESHOLD = 0.1;
    /** A block larger than this is not compared whole (at a million people none is). */
    static final int LARGEST_BLOCK = 5_000;
    /** Evidence (bits) from which a pair is kept while comparing, to be judged once the prior is known. */
    static final double KEEP_FROM = 8;
    /** Evidence (bits) so strong from the current names that other names need not be tried. */
    static final double SURE = 40;
    private static final int HASH_BITS = 37;
    private static final int INDEX_BITS = 24;

    private final NameVariants variants;
    private final PairComparer comparer;
    private final Map<FieldLevel, Double> m;
    private final double threshold;

    /** What a run found and how much it did. */
    public record Outcome(List<PossiblePair> pairs, long blocks, long comparedPairs, int blocksTooLarge, Map<BlockingRules, Long> comparedByRule) {
    }

    public DuplicateFinder(NameVariants variants, Map<FieldLevel, Double> m, double threshold) {
        this.variants = variants;
        this.comparer = new PairComparer(variants);
        this.m = Map.copyOf(m);
        this.threshold = threshold;
    }

    /**
     * Every pair of the people that is likely one person. {@code progress} hears how many blocks of the
     * total (the first call says the total, as a negative number) are done, now and then.
     */
    public Outcome find(List<PersonOnFile> people, LongConsumer progress) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), forkJoin -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoin);
            thread.setContextClassLoader(loader);
            thread.setName("duplicate-finder-" + thread.getPoolIndex());
            return thread;
        }, null, false);
        try {
            return pool.submit(() -> findInThisPool(people, progress)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The search for duplicates was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The work, its parallel parts in the pool it runs in (a pool of its own, whose threads see the caller's classes). */
    private Outcome findInThisPool(List<PersonOnFile> people, LongConsumer progress) {
        if (people.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("At most " + (1 << INDEX_BITS) + " people at a time");
        }
        List<PreparedPerson> prepared = people.parallelStream().map(person -> PreparedPerson.of(person, variants)).toList();
        MatchWeights weights = weights(prepared);

        BlockingRules[] rules = BlockingRules.values();
        long[][][] keys = new long[rules.length][][];
        int entries = 0;
        for (BlockingRules rule : rules) {
            keys[rule.ordinal()] = prepared.parallelStream().map(person -> rule.keys(person, variants).stream()
                    .mapToLong(hash -> ((long) rule.ordinal() << HASH_BITS) | (hash >>> (64 - HASH_BITS)))
                    .sorted().distinct().toArray()).toArray(long[][]::new);
            for (long[] personKeys : keys[rule.ordinal()]) {
                entries += personKeys.length;
            }
        }
        long[] entry = new long[entries];
        int at = 0;
        for (long[][] ruleKeys : keys) {
            for (int i = 0; i < ruleKeys.length; i++) {
                for (long key : ruleKeys[i]) {
                    entry[at++] = (key << INDEX_BITS) | i;
                }
            }
        }
        Arrays.parallelSort(entry);
        List<int[]> blocks = new ArrayList<>();
        int tooLarge = 0;
        for (int start = 0; start < entry.length;) {
            int end = start + 1;
            while (end < entry.length && entry[end] >>> INDEX_BITS == entry[start] >>> INDEX_BITS) {
                end++;
            }
            boolean undatedOnly = rules[(int) (entry[start] >>> INDEX_BITS >>> HASH_BITS)].withoutDateOfBirth();
            if (end - start > LARGEST_BLOCK && !undatedOnly) {
                tooLarge++;
            } else if (end - start > 1) {
                blocks.add(new int[] {start, end});
            }
            start = end;
        }
        progress.accept(-blocks.size());
        ConcurrentLinkedQueue<PossiblePair> found = new ConcurrentLinkedQueue<>();
        MatchPrior prior = new MatchPrior();
        AtomicLong compared = new AtomicLong();
        AtomicLongArray byRule = new AtomicLongArray(rules.length);
        AtomicLong done = new AtomicLong();
        long every = Math.max(1, blocks.size() / 100);
        IntStream.range(0, blocks.size()).parallel().forEach(b -> {
            int[] block = blocks.get(b);
            long key = entry[block[0]] >>> INDEX_BITS;
            int rule = (int) (key >>> HASH_BITS);
            long pairs = 0;
            boolean onlyWithoutDate = rules[rule].withoutDateOfBirth();
            for (int x = block[0]; x < block[1]; x++) {
                int i = (int) (entry[x] & ((1 << INDEX_BITS) - 1));
                boolean iUndated = prepared.get(i).person().dateOfBirth() == null;
                if (onlyWithoutDate && !iUndated) {
                    continue;
                }
                for (int y = onlyWithoutDate ? block[0] : x + 1; y < block[1]; y++) {
                    int j = (int) (entry[y] & ((1 << INDEX_BITS) - 1));
                    if (onlyWithoutDate && (i == j || prepared.get(j).person().dateOfBirth() == null && j < i)) {
                        continue;
                    }
                    if (firstBlockOfPair(keys, rule, key, Math.min(i, j), Math.max(i, j))) {
                        pairs++;
                        PossiblePair pair = score(prepared.get(Math.min(i, j)), prepared.get(Math.max(i, j)), weights);
                        prior.add(pair.weight());
                        if (pair.weight() >= KEEP_FROM) {
                            found.add(pair);
                        }
                    }
                }
            }
            compared.addAndGet(pairs);
            byRule.addAndGet(rule, pairs);
            long now = done.incrementAndGet();
            if (now % every == 0) {
                progress.accept(now);
            }
        });
        progress.accept(blocks.size());
        double priorWeight = prior.weight(people.size());
        List<PossiblePair> pairs = new ArrayList<>();
        for (PossiblePair pair : found) {
            double weight = pair.weight() + priorWeight;
            if (MatchWeights.probability(weight) >= threshold) {
                pairs.add(new PossiblePair(pair.firstId(), pair.secondId(), weight, MatchWeights.probability(weight),
                        pair.explanation()));
            }
        }
        pairs.sort((p, q) -> Double.compare(q.weight(), p.weight()));
        Map<BlockingRules, Long> comparedByRule = new java.util.EnumMap<>(BlockingRules.class);
        for (BlockingRules rule : rules) {
            comparedByRule.put(rule, byRule.get(rule.ordinal()));
        }
        return new Outcome(List.copyOf(pairs), blocks.size(), compared.get(), tooLarge, comparedByRule);
    }

    /** One person worked out for comparing. */
    PreparedPerson prepare(PersonOnFile person) {
        return PreparedPerson.of(person, variants);
    }

    /** True when some rule puts the two in one block, so that they are compared. */
    boolean blockedTogether(PreparedPerson a, PreparedPerson b) {
        for (BlockingRules rule : BlockingRules.values()) {
            if (rule.withoutDateOfBirth() && a.person().dateOfBirth() != null
                    && b.person().dateOfBirth() != null) {
                continue;
            }
            java.util.Set<Long> shared = new java.util.HashSet<>(rule.keys(a, variants));
            shared.retainAll(rule.keys(b, variants));
            if (!shared.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The weights for this population: the m given, u from its random pairs, its names' frequencies. */
    MatchWeights weights(List<PreparedPerson> prepared) {
        TermFrequencies frequencies = new TermFrequencies();
        prepared.forEach(person -> frequencies.add(person.current()));
        return new MatchWeights(m, RandomPairs.uProbabilities(prepared, comparer), frequencies);
    }

    /**
     * True when this block is where the pair is compared: no earlier rule puts them together, and this is
     * the smallest key of this rule they share. So each pair is compared once however many keys they share.
     */
    private static boolean firstBlockOfPair(long[][][] keys, int rule, long key, int i, int j) {
        for (int earlier = 0; earlier < rule; earlier++) {
            if (smallestShared(keys[earlier][i], keys[earlier][j]) != Long.MIN_VALUE) {
                return false;
            }
        }
        return smallestShared(keys[rule][i], keys[rule][j]) == key;
    }

    private static long smallestShared(long[] a, long[] b) {
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                return a[x];
            }
            if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return Long.MIN_VALUE;
    }

    /** The pair through the two names, in either order, that agree best; its weight the evidence alone, without the prior. */
    PossiblePair score(PreparedPerson a, PreparedPerson b, MatchWeights weights) {
        Comparison best = bestComparison(a, b, weights);
        double weight = weights.weight(best);
        long first = Math.min(a.person().id(), b.person().id());
        long second = Math.max(a.person().id(), b.person().id());
        return new PossiblePair(first, second, weight, MatchWeights.probability(weight), best.explanation());
    }

    /** The comparison of the two names, in either order, that agree best (the current names first). */
    Comparison bestComparison(PreparedPerson a, PreparedPerson b, MatchWeights weights) {
        Comparison best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;
        boolean currentOnly = true;
        for (int pass = 0; pass < 2; pass++) {
            for (int ix = 0; ix < (currentOnly ? 1 : a.names().size()); ix++) {
                FoldedName x = a.names().get(ix);
                for (FoldedName y : currentOnly ? List.of(b.current()) : b.names()) {
                    for (boolean swapped : new boolean[] {false, true}) {
                        Comparison c = withNames(comparer.compare(swapped ? a.swappedNames().get(ix) : x, y, a.person().dateOfBirth(),
                                b.person().dateOfBirth(), a.person().sex(), b.person().sex(), swapped), x, y, a, b);
                        double w = weights.weight(c);
                        if (w > bestWeight) {
                            bestWeight = w;
                            best = c;
                        }
                    }
                }
            }
            if (bestWeight >= SURE || a.names().size() + b.names().size() == 2) {
                break;
            }
            currentOnly = false;
        }
        return best;
    }

    private static Comparison withNames(Comparison c, FoldedName x, FoldedName y, PreparedPerson a, PreparedPerson b) {
        if (x == a.current() && y == b.current()) {
            return c;
        }
        List<String> reasons = new ArrayList<>();
        double ways = 2.0 * a.names().size() * b.names().size();
        reasons.add("through " + (x == a.current() ? "the current name" : x.name().label()) + " of " + a.person().reference()
                + " and " + (y == b.current() ? "the current name" : y.name().label()) + " of " + b.person().reference());
        reasons.addAll(c.reasons());
        return new Comparison(c.levels(), List.copyOf(reasons), c.surnameValue(), c.forenameValue(), c.swapped(),
                MatchWeights.log2(ways));
    }
}
