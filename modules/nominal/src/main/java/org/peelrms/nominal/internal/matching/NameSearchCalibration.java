package org.peelrms.nominal.internal.matching;

/**
 * The numbers that decide what an officer is shown (ADR 0011): how many candidates the index
 * hands to the matcher (and how many of them it reads first, ADR 0048), and the score below which a
 * candidate is not a credible match.
 */
public final class NameSearchCalibration {
    /**
     * Candidates fetched from the index for scoring. 100: reading each candidate's stored names is a
     * good part of a search's time; 200 found 3 more of the 1M development set's 1,850 people (recall@10
     * 0.998 against 0.996) for some 4 ms more a search (docs/benchmarks/name-search.md, ADR 0011).
     */
    public static final int CANDIDATES = 100;
    /**
     * Of the {@link #CANDIDATES}, how many are read and scored first: the rest only when none of these
     * is a {@link #STRONG} match. Reading a candidate's stored names was 41 % of a search's time; with a
     * date of birth, the person asked for was among the first 20 in all but 5 of dev2's 2,796 such searches
     * at 1M, and each of those 5 was the only credible match (ADR 0048).
     */
    public static final int FIRST_CANDIDATES = 20;
    /**
     * A match this good among the first candidates ends the search's reading: the names as given, or
     * one slip or form in them, with the date of birth agreeing. Without a date of birth no match
     * reaches it (an unknown date weighs 0.85), so such searches score every candidate (ADR 0048).
     */
    public static final double STRONG = 0.9;
    /**
     * A match scoring below this is not shown. 0.75, from the 1M benchmark's sweep of cut-offs
     * (docs/benchmarks/name-search.md): it keeps every positive found at 0.6 and brings the
     * negatives' results from 1.05 to 0.74 a query.
     */
    public static final double CUT_OFF = 0.75;

    /**
     * Without a date or year of birth, a person whose names only resemble those asked for (a form, a
     * slip, a sound: every score under {@link #NAMES_AS_GIVEN}) is shown only among the best
     * {@value #RESEMBLANCES_UNDATED} such; the people with the names as given (exact, an alias, the
     * other way round) are all shown. A name not on file otherwise brings up every Sarah GRIMSHAW for
     * "Sally Grimshaw": on the 1M development sets, 0.9 people a name not on file against 0.4, for 0.3 %
     * of the people on file missed (ADR 0035).
     */
    public static final int RESEMBLANCES_UNDATED = 3;
    /** The least score of the names as given without a date of birth (0.85; an alias or swapped 0.84). */
    public static final double NAMES_AS_GIVEN = 0.83;

    private NameSearchCalibration() {
    }
}
