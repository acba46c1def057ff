/**
 * Case files: a prosecution file to the National File Standard, in the Manual of Guidance forms, with its
 * exhibits' append-only continuity, a supervisor's quality check, the CPS workflow to the court's outcome,
 * PDFs of the forms, and the case files report. Refers to crimes and people only by id, through the crime
 * and nominal modules' APIs.
 */
module org.peelrms.casefile {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.nominal;
    requires org.peelrms.crime;
    requires org.peelrms.restriction;
    requires org.peelrms.staff;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires com.github.librepdf.openpdf;
    requires java.desktop;
    exports org.peelrms.casefile.api;
}
