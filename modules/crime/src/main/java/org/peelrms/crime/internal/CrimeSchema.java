package org.peelrms.crime.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The crime module's schema, {@code crime}, and its migrations. */
@ApplicationScoped
public class CrimeSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("crime", "db/migration/crime", CrimeSchema.class.getClassLoader());
    }
}
