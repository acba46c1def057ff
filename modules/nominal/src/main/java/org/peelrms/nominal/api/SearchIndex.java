package org.peelrms.nominal.api;

/** The people search index: its size, and rebuilding it from the database. */
public interface SearchIndex {

    /** How many people the index holds. */
    long indexedCount();

    /**
     * Rebuilds the index from the database when the two disagree on how many people are on file:
     * a new or lost index folder, or a database restored from a backup.
     */
    void rebuildIfOutOfStep();
}
