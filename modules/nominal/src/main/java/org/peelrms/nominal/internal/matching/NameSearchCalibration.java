package org.peelrms.nominal.internal.matching;

/**
 * The two numbers that decide what an officer is shown (ADR 0011): how many candidates the index
 * hands to the matcher, and the score below which a candidate is not a credible match.
 */
public final class NameSearchCalibration {
    /** Candidates fetched from the index for scoring. */
    public static final int CANDIDATES = 200;
    /**
     * A match scoring below this is not shown. 0.75, from the 1M benchmark's sweep of cut-offs
     * (docs/benchmarks/name-search.md): it keeps every positive found at 0.6 and brings the
     * negatives' results from 1.05 to 0.74 a query.
     */
    public static final double CUT_OFF = 0.75;

    private NameSearchCalibration() {
    }
}
