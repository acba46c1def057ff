package org.peelrms.kernel;

/**
 * A module's contribution to the demo data set that the run command loads. Each module that owns
 * records generates its own, through its own services, so demo records are as valid as real ones.
 * Loaded in ascending {@link #order()} only when demo data is switched on and only into an empty
 * module, so a second run keeps what the first one made.
 */
public interface DemoDataset {

    /** Lower loads first; a module that links to people loads after the people index. */
    int order();

    /** A short name for the start-up log, e.g. "people". */
    String name();

    /** True when the module already holds records, so nothing should be generated. */
    boolean alreadyLoaded();

    /**
     * Generates the module's demo records.
     *
     * @param size how many principal records (e.g. persons) to make; modules scale from it
     */
    void load(int size);
}
