/**
 * Crime recording to the National Crime Recording Standard: reports (incidents) on the 24-hour clock,
 * crime records, investigation, finalisation, cancellation, domestic-abuse risk, and the crime data
 * integrity report. Refers to people only by id, through the nominal module's API.
 */
module org.peelrms.crime {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires org.peelrms.staff;
    requires org.peelrms.nominal;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    exports org.peelrms.crime.api;
}
