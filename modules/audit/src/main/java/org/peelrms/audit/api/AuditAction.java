package org.peelrms.audit.api;

/** What someone did, as an auditor would name it. */
public enum AuditAction {
    SEARCH("Searched"),
    VIEW("Viewed"),
    CREATE("Created"),
    CHANGE("Changed"),
    DELETE("Deleted"),
    EXPORT("Exported"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SIGN_OUT("Signed out"),
    ACCESS_DENIED("Access denied"),
    VERIFY("Verified");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
