package org.peelrms.casefile.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The case file module's schema, {@code casefile}, and its migrations. */
@ApplicationScoped
public class CaseFileSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("casefile", "db/migration/casefile", CaseFileSchema.class.getClassLoader());
    }
}
