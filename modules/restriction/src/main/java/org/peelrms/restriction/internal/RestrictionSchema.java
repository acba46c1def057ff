package org.peelrms.restriction.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The restriction module's schema, {@code restriction}, and its migrations. */
@ApplicationScoped
public class RestrictionSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("restriction", "db/migration/restriction", RestrictionSchema.class.getClassLoader());
    }
}
