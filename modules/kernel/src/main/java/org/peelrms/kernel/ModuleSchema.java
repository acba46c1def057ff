package org.peelrms.kernel;

/**
 * A module's claim on the database: the PostgreSQL schema it alone owns and where its versioned
 * migrations live. Each module produces one as a CDI bean; start-up migrates them all.
 *
 * @param name      the PostgreSQL schema, e.g. {@code nominal}; no other module reads it
 * @param location  the classpath folder of the module's Flyway migrations, e.g. {@code db/migration/nominal}
 * @param classLoader the loader that sees the module's migration scripts
 */
public record ModuleSchema(String name, String location, ClassLoader classLoader) {
}
