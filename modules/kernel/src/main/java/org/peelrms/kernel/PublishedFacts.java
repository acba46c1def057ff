package org.peelrms.kernel;

/**
 * A module that publishes events (such as {@link PersonNamed}) publishes all its current facts again when Peel
 * starts, after the schemas are migrated and any demo data is loaded, so that other modules' read models catch up
 * with facts they never heard of: events published before the read model existed, or lost with a node that stopped
 * between a commit and its observers (ADR 0042). Observers take each fact once whatever the number of times it
 * comes.
 */
public interface PublishedFacts {

    /** A short name for the start-up log, e.g. "missing person episodes". */
    String name();

    /** Publishes every current fact again; returns how many. */
    int republish();
}
