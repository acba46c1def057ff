package org.peelrms.nominal.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The nominal module's schema, {@code nominal}, and its migrations. */
@ApplicationScoped
public class NominalSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("nominal", "db/migration/nominal", NominalSchema.class.getClassLoader());
    }
}
