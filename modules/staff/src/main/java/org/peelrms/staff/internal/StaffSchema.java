package org.peelrms.staff.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The staff module's schema, {@code staff}, and its migrations. */
@ApplicationScoped
public class StaffSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("staff", "db/migration/staff", StaffSchema.class.getClassLoader());
    }
}
