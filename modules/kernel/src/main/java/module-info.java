/**
 * The shared kernel: only what every module needs and no module should own.
 * Role names, the contract by which a module declares its database schema, and the contract by
 * which a module contributes demo data. Nothing here knows about any business module.
 */
module org.peelrms.kernel {
    requires java.sql;
    requires jakarta.ejb;
    requires flyway.core;
    exports org.peelrms.kernel;
}
