/**
 * Staff accounts and their roles: the identities that WildFly's Elytron realm checks at sign-in.
 * Passwords are stored only as bcrypt hashes, made with Elytron's own password factory so that the
 * realm can verify them.
 */
module org.peelrms.staff {
    requires org.peelrms.kernel;
    requires org.peelrms.audit;
    requires org.peelrms.restriction;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.validation;
    requires wildfly.elytron.credential;
    requires wildfly.elytron.base;
    exports org.peelrms.staff.api;
}
