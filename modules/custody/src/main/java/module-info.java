/**
 * Custody: booking in, the PACE detention clock and reviews (Police and Criminal Evidence Act 1984,
 * ss. 40 to 44), the append-only custody record, the custody board and the PACE compliance report.
 * Refers to people only by id, through the nominal module's API.
 */
module org.peelrms.custody {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires org.peelrms.nominal;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    exports org.peelrms.custody.api;
}
