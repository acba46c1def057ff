package org.peelrms.nominal.api;

import java.util.List;

/**
 * The table of name variants the search uses (nicknames, diminutives, transliterations): the groups
 * that ship with Peel and those an administrator adds. A group added takes effect for scoring at
 * once and for finding candidates after the search index is rebuilt.
 */
public interface NameVariantTable {

    /** The groups administrators have added, each as "William, Bill, Billy". */
    List<String> added();

    /** How many names the whole table knows. */
    int size();

    /**
     * Adds a group: comma-separated names, the usual full form first.
     *
     * @throws org.peelrms.kernel.InvalidInput when fewer than two names are given or a name has no letters
     */
    void add(String group);

    /** Reads the added groups again from the database (at start-up). */
    void reload();
}
