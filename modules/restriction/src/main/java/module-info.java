/**
 * Restricted records: a person, report, crime, custody record, missing person case or case file seen
 * only by named users and access groups. The record modules ask it, through
 * {@link org.peelrms.restriction.api}, whether the caller may open a record and which of their records
 * the caller may not see; it knows records only by their type and id and depends on none of them.
 */
module org.peelrms.restriction {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    exports org.peelrms.restriction.api;
}
