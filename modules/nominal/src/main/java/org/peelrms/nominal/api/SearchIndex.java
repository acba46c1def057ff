package org.peelrms.nominal.api;

/** The people search index: its size, and rebuilding it from the database. */
public interface SearchIndex {

    /** How many people the index holds. */
    long indexedCount();

    /** Rebuilds the index from the database when it is empty but people are on file (e.g. a new index folder). */
    void rebuildIfEmpty();
}
