package org.peelrms.nominal.internal.duplicates;

/**
 * The prior: the probability λ that two records picked at random are one person, estimated from the pairs
 * compared (as Splink's expectation-maximisation does with m and u held): λ is the expected number of true
 * pairs, the sum of every compared pair's probability under λ, over all pairs of people, repeated until it
 * settles. Pairs never compared count as different people. The evidence is kept as a histogram of tenths
 * of a bit, so that millions of pairs cost a few kilobytes.
 */
final class MatchPrior {
    static final double LOWEST = -80;
    static final double HIGHEST = 80;
    static final int BINS = 1600;
    /** Where the estimate starts: one person in a hundred on file twice. */
    static final double START_SHARE = 0.01;
    static final int ROUNDS = 100;

    private final long[] counts = new long[BINS];

    synchronized void add(double evidence) {
        int bin = (int) Math.floor((Math.max(LOWEST, Math.min(HIGHEST - 1e-9, evidence)) - LOWEST) * BINS / (HIGHEST - LOWEST));
        counts[bin]++;
    }

    /** The prior as a weight in bits, log2(λ / (1 − λ)), for this many people. */
    synchronized double weight(long people) {
        double pairs = Math.max(1.0, people * (people - 1.0) / 2);
        double lambda = Math.min(0.5, START_SHARE * people / pairs);
        for (int round = 0; round < ROUNDS; round++) {
            double priorWeight = MatchWeights.log2(lambda / (1 - lambda));
            double expected = 0;
            for (int bin = 0; bin < BINS; bin++) {
                if (counts[bin] > 0) {
                    double evidence = LOWEST + (bin + 0.5) * (HIGHEST - LOWEST) / BINS;
                    expected += counts[bin] * MatchWeights.probability(evidence + priorWeight);
                }
            }
            lambda = Math.min(0.5, Math.max(1e-15, expected / pairs));
        }
        return MatchWeights.log2(lambda / (1 - lambda));
    }
}
