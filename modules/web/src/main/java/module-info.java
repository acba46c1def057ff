/**
 * The one web application: PrimeFaces pages for staff and the REST API. It composes the modules
 * through their API packages only, and is the only place where jakarta.faces and PrimeFaces appear.
 */
module org.peelrms.web {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires org.peelrms.staff;
    requires org.peelrms.nominal;
    requires org.peelrms.crime;
    requires org.peelrms.custody;
    requires org.peelrms.missingpersons;
    requires org.peelrms.casefile;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.ejb;
    requires jakarta.inject;
    requires jakarta.servlet;
    requires jakarta.faces.api;
    requires jakarta.el;
    requires jakarta.ws.rs;
    requires jakarta.json.bind;
    requires jakarta.json;
    requires jakarta.validation;
    requires java.sql;
    requires java.management;
    requires org.primefaces;
    requires com.github.librepdf.openpdf;
    requires java.desktop;
}
