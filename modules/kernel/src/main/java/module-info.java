/**
 * The shared kernel: only what every module needs and no module should own.
 * Role names; the contracts by which a module declares its database schema, contributes demo data
 * and reports its readiness; the readiness checks themselves (WildFly's MicroProfile Health sees
 * checks only in the EAR's lib/); and the exception for refused input. Nothing here knows about
 * any business module.
 */
module org.peelrms.kernel {
    requires java.sql;
    requires java.naming;
    requires jakarta.annotation;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.persistence;
    requires microprofile.health.api;
    requires flyway.core;
    exports org.peelrms.kernel;
}
