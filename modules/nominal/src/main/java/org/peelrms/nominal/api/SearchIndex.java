package org.peelrms.nominal.api;

/** The people search index: its size, and rebuilding it from the database. */
public interface SearchIndex {

    /**
     * Starts rebuilding the whole index from the database in the background (administrators), e.g.
     * after the name-variant table changed; returns the job's id (see {@link PeopleImports#job}).
     */
    long startRebuild();

    /** How many people the index holds. */
    long indexedCount();

    /**
     * Rebuilds the index from the database when the two disagree on how many people are on file:
     * a new or lost index folder, or a database restored from a backup. A cluster's shared index (outbox polling)
     * only when it is empty: changes not yet indexed are on their way through the outbox.
     */
    void rebuildIfOutOfStep();
}
