package org.peelrms.custody.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The custody module's schema, {@code custody}, and its migrations. */
@ApplicationScoped
public class CustodySchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("custody", "db/migration/custody", CustodySchema.class.getClassLoader());
    }
}
