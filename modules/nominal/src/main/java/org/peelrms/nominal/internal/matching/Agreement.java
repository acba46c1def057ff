package org.peelrms.nominal.internal.matching;

/**
 * How well one part of a name (or the date of birth) agrees, from 0 (not at all) to 1 (exactly), and
 * why, in words for the explanation ("surname sounds like Smith").
 */
record Agreement(double score, String reason) {
    static final Agreement NONE = new Agreement(0, null);

    boolean better(Agreement other) {
        return score > other.score;
    }
}
