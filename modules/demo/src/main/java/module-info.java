/**
 * The demo data the run command loads: staff accounts, a population of people, and crimes, custody
 * records, missing-person cases and case files about them. It writes only through the other modules'
 * APIs, as the demo users who would have done each thing, at the moments it happened (ADR 0051).
 * It exports nothing, nothing depends on it, and a production build leaves it out.
 */
module org.peelrms.demo {
    requires org.peelrms.kernel;
    requires org.peelrms.staff;
    requires org.peelrms.nominal;
    requires org.peelrms.crime;
    requires org.peelrms.custody;
    requires org.peelrms.missingpersons;
    requires org.peelrms.casefile;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jboss.ejb3.ext.api;
}
