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
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.peelrms.nominal.internal.matching.NameVariants;

/**
 * Finds the people on file twice, over the whole index: blocks (only people who share a key of a
 * {@link BlockingRules} rule are compared, each pair once), compares each pair's fields at their levels,
 * weighs them (Fellegi–Sunter, {@link MatchWeights}) and keeps the pairs whose evidence reaches the threshold
 * for an index of that size ({@link #threshold(long)}). Pure Java over a list of people, so that the server's job
 * and the unit evaluation run the same code (ADR 0043, 0049).
 */
public final class DuplicateFinder {
    /**
     * How much stronger than the size of the index the evidence for a pair must be for it to go to the review
     * queue, in bits: a pair goes when log2 of its fields' Bayes factor (the prior left out) is at least
     * log2(people on file) + this, that is a Bayes factor of about 2.07 times the number of people. Chosen on the
     * 100k evaluation, where it keeps the operating point of the earlier threshold (probability 0.1); ADR 0049
     * says why the threshold grows with log2 of the index's size and not with the prior the finder estimates.
     */
    public static final double BITS_ABOVE_INDEX_SIZE = 1.05;
    /** A block larger than this is not compared whole (at a million people none is). */
    static final int LARGEST_BLOCK = 5_000;
    /** Evidence (bits) so strong from the current names that other names need not be tried. */
    static final double SURE = 40;
    static final int INDEX_BITS = 24;

    private final NameVariants variants;
    private final PairComparer comparer;
    private final NameWords words;
    private final Map<FieldLevel, Double> m;
    private final double lowest;

    /** What a run found and how much it did; the prior (bits) estimated from the compared pairs, for the probabilities shown. */
    public record Outcome(List<PossiblePair> pairs, long blocks, long comparedPairs, int blocksTooLarge, Map<BlockingRules, Long> comparedByRule,
            double priorWeight) {
    }

    /** The finder of the review queue: a pair is kept from {@link #threshold(long)} for the people it is given. */
    public DuplicateFinder(NameVariants variants, Map<FieldLevel, Double> m) {
        this(variants, m, Double.NaN);
    }

    /** @param lowest the evidence in bits from which a pair is kept whatever the size (for the evaluation's curves) */
    DuplicateFinder(NameVariants variants, Map<FieldLevel, Double> m, double lowest) {
        this.variants = variants;
        this.comparer = new PairComparer(variants);
        this.words = new NameWords(variants);
        this.m = Map.copyOf(m);
        this.lowest = lowest;
    }

    /**
     * The evidence in bits (log2 of the Bayes factor, the prior left out) from which a pair of an index of this
     * many people goes to the review queue: log2(people) + {@link #BITS_ABOVE_INDEX_SIZE}. The evidence needed to
     * single one person out of the index grows with its size; the prior the finder estimates also falls with the
     * share of people on file twice, which the reviewers lower as they merge (ADR 0049).
     */
    public static double threshold(long people) {
        return MatchWeights.log2(Math.max(2, people)) + BITS_ABOVE_INDEX_SIZE;
    }

    /**
     * Every pair of the people that is likely one person. {@code progress} hears now and then how far it has got in
     * blocking keys (the first call gives their total, negative): the keys of the rules done, and of the rule under way
     * the share of the pairs in its blocks compared, so that it moves with the work (most keys are alone in a block).
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

    /**
     * The work, its parallel parts in the pool it runs in (a pool of its own, whose threads see the caller's
     * classes). One rule at a time: its blocks are the runs of one key in that rule's keys, sorted; only the
     * keys themselves (a 32-bit hash each) are kept for every rule, to tell whether an earlier rule already
     * compared a pair.
     */
    private Outcome findInThisPool(List<PersonOnFile> people, LongConsumer progress) {
        if (people.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("At most " + (1 << INDEX_BITS) + " people at a time");
        }
        List<PreparedPerson> prepared = people.parallelStream().map(person -> PreparedPerson.of(person, words)).toList();
        MatchWeights weights = weights(prepared);
        double threshold = Double.isNaN(lowest) ? threshold(people.size()) : lowest;

        BlockingRules[] rules = BlockingRules.values();
        RuleKeys[] keys = new RuleKeys[rules.length];
        long entries = 0;
        for (BlockingRules rule : rules) {
            keys[rule.ordinal()] = RuleKeys.of(rule, prepared, variants);
            entries += keys[rule.ordinal()].size();
        }
        progress.accept(-Math.max(1, entries));
        ConcurrentLinkedQueue<PossiblePair> found = new ConcurrentLinkedQueue<>();
        MatchPrior prior = new MatchPrior();
        AtomicLong compared = new AtomicLong();
        long every = Math.max(1, entries / 100);
        long rulesDone = 0;
        long blockCount = 0;
        int tooLarge = 0;
        Map<BlockingRules, Long> comparedByRule = new java.util.EnumMap<>(BlockingRules.class);
        for (BlockingRules rule : rules) {
            long[] entry = keys[rule.ordinal()].entries();
            Arrays.parallelSort(entry);
            List<int[]> blocks = new ArrayList<>();
            for (int start = 0; start < entry.length;) {
                int end = start + 1;
                while (end < entry.length && entry[end] >>> INDEX_BITS == entry[start] >>> INDEX_BITS) {
                    end++;
                }
                if (end - start > LARGEST_BLOCK && !rule.withoutDateOfBirth()) {
                    tooLarge++;
                } else if (end - start > 1) {
                    blocks.add(new int[] {start, end});
                }
                start = end;
            }
            blockCount += blocks.size();
            AtomicLong byRule = new AtomicLong();
            long pairsInBlocks = Math.max(1, blocks.stream().mapToLong(DuplicateFinder::pairsIn).sum());
            AtomicLong pairsDone = new AtomicLong();
            long ruleStart = rulesDone;
            IntStream.range(0, blocks.size()).parallel().forEach(b -> {
                int[] block = blocks.get(b);
                long pairs = compareBlock(rule, keys, entry, block, prepared, weights, prior, found, threshold);
                byRule.addAndGet(pairs);
                long after = pairsDone.addAndGet(pairsIn(block));
                long now = ruleStart + entry.length * after / pairsInBlocks;
                if (now / every != (ruleStart + entry.length * (after - pairsIn(block)) / pairsInBlocks) / every) {
                    progress.accept(now);
                }
            });
            rulesDone += entry.length;
            compared.addAndGet(byRule.get());
            comparedByRule.put(rule, byRule.get());
        }
        progress.accept(Math.max(1, entries));
        double priorWeight = prior.weight(people.size());
        List<PossiblePair> pairs = new ArrayList<>();
        for (PossiblePair pair : found) {
            double weight = pair.evidence() + priorWeight;
            pairs.add(new PossiblePair(pair.firstId(), pair.secondId(), pair.evidence(), weight, MatchWeights.probability(weight),
                    pair.explanation()));
        }
        pairs.sort((p, q) -> Double.compare(q.weight(), p.weight()));
        return new Outcome(List.copyOf(pairs), blockCount, compared.get(), tooLarge, comparedByRule, priorWeight);
    }

    /** The pairs a block holds, the measure of its work for the progress. */
    private static long pairsIn(int[] block) {
        return (long) (block[1] - block[0]) * (block[1] - block[0] - 1) / 2;
    }

    /** Compares the pairs of one block that no earlier rule, nor a smaller key of this one, compared; how many. */
    private long compareBlock(BlockingRules rule, RuleKeys[] keys, long[] entry, int[] block, List<PreparedPerson> prepared,
            MatchWeights weights, MatchPrior prior, ConcurrentLinkedQueue<PossiblePair> found, double threshold) {
        int key = (int) (entry[block[0]] >>> INDEX_BITS);
        long pairs = 0;
        boolean onlyWithoutDate = rule.withoutDateOfBirth();
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
                if (firstBlockOfPair(keys, rule.ordinal(), key, Math.min(i, j), Math.max(i, j))) {
                    pairs++;
                    PossiblePair pair = score(prepared.get(Math.min(i, j)), prepared.get(Math.max(i, j)), weights);
                    prior.add(pair.evidence());
                    if (pair.evidence() >= threshold) {
                        found.add(pair);
                    }
                }
            }
        }
        return pairs;
    }

    /** One person worked out for comparing. */
    PreparedPerson prepare(PersonOnFile person) {
        return PreparedPerson.of(person, words);
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
    private static boolean firstBlockOfPair(RuleKeys[] keys, int rule, int key, int i, int j) {
        for (int earlier = 0; earlier < rule; earlier++) {
            if (keys[earlier].shareAKey(i, j)) {
                return false;
            }
        }
        return keys[rule].smallestShared(i, j) == key;
    }

    /** The pair through the two names, in either order, that agree best; its weight the evidence alone, without the prior. */
    PossiblePair score(PreparedPerson a, PreparedPerson b, MatchWeights weights) {
        Comparison best = bestComparison(a, b, weights);
        double evidence = weights.weight(best);
        long first = Math.min(a.person().id(), b.person().id());
        long second = Math.max(a.person().id(), b.person().id());
        return new PossiblePair(first, second, evidence, evidence, MatchWeights.probability(evidence), best.explanation());
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
