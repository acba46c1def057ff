/**
 * Missing persons: reports, risk grading with the College of Policing's levels, reviews on a schedule
 * an administrator sets, the enquiry log and sightings, return and supervisor-approved closure, and
 * the missing persons report for auditors. Refers to people only by id, through the nominal module's API.
 */
module org.peelrms.missingpersons {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires org.peelrms.nominal;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    exports org.peelrms.missingpersons.api;
}
