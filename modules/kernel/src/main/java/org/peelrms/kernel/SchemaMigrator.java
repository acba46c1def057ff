package org.peelrms.kernel;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one module's schema up to date with its versioned migrations. The schema is created and
 * changed only here; Hibernate never generates DDL. Each schema keeps its own history table, so
 * modules are migrated independently.
 */
public final class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies every pending migration of the schema and returns how many were applied. */
    public int migrate(ModuleSchema schema) {
        MigrateResult result = Flyway.configure(schema.classLoader())
                .dataSource(dataSource)
                .schemas(schema.name())
                .createSchemas(true)
                .locations("classpath:" + schema.location())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + schema.name() + ": " + (result.migrationsExecuted == 0
                ? "up to date at version " + result.initialSchemaVersion
                : result.migrationsExecuted + " migration(s) applied, now at version " + result.targetSchemaVersion));
        return result.migrationsExecuted;
    }
}
