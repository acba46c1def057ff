package org.peelrms.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.peelrms.kernel.ModuleSchema;

/** The audit module's schema, {@code audit}, and its migrations. */
@ApplicationScoped
public class AuditSchema {

    @Produces
    ModuleSchema schema() {
        return new ModuleSchema("audit", "db/migration/audit", AuditSchema.class.getClassLoader());
    }
}
