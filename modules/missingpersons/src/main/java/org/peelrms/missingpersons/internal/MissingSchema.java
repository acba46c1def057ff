package org.peelrms.missingpersons.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The missing persons module's schema, {@code missingpersons}, and its migrations. */
@ApplicationScoped
public class MissingSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("missingpersons", "db/migration/missingpersons", MissingSchema.class.getClassLoader());
    }
}
