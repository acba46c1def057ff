package org.peelrms.demo;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this start-up put a new demo population on file. The demo records about those people (custody
 * records, case files) are made on that start only: a later start, with the population already there, leaves
 * the modules as they are. (A module's API has no unaudited "how many records" question to ask, and the demo
 * asks nothing that a user would not.)
 */
@ApplicationScoped
public class FreshPopulation {
    private volatile boolean madeNow;

    /** The people dataset has just put a new population on file. */
    public void made() {
        madeNow = true;
    }

    /** True when this start-up made the demo population, so the records about it are still to be made. */
    public boolean madeNow() {
        return madeNow;
    }
}
