package org.peelrms.nominal.internal.matching;

/**
 * The two numbers that decide what an officer is shown (ADR 0011): how many candidates the index
 * hands to the matcher, and the score below which a candidate is not a credible match.
 */
public final class NameSearchCalibration {
    /** Candidates fetched from the index for scoring. */
    public static final int CANDIDATES = 200;
    /** A match scoring below this is not shown. */
    public static final double CUT_OFF = 0.6;

    private NameSearchCalibration() {
    }
}
