package org.peelrms.kernel;

/**
 * One part of the demo data set that the run command loads (staff, people, crimes, ...), all of them in the
 * demo module, which writes through the modules' APIs so demo records are as valid as real ones (ADR 0051).
 * Loaded in ascending {@link #order()} only when demo data is switched on and only when not already loaded,
 * so a second run keeps what the first one made.
 */
public interface DemoDataset {

    /** Lower loads first; a module that links to people loads after the people index. */
    int order();

    /** A short name for the start-up log, e.g. "people". */
    String name();

    /** True when this part was loaded before (its records are on file), so nothing should be generated. */
    boolean alreadyLoaded();

    /**
     * Generates the module's demo records.
     *
     * @param size how many principal records (e.g. persons) to make; modules scale from it
     */
    void load(int size);
}
