/**
 * The audit log: who searched, viewed, created, changed, deleted or exported which record, when and
 * why; and every sign-in and failed sign-in. Other modules write through {@link org.peelrms.audit.api.AuditTrail}
 * inside their own transaction, so no change exists without its entry.
 */
module org.peelrms.audit {
    requires org.peelrms.kernel;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    exports org.peelrms.audit.api;
}
