package org.peelrms.missingpersons.api;

/** Where a case stands: the person is missing, has been found, or the case is closed by a supervisor. */
public enum CaseStatus {
    MISSING("Missing"), FOUND("Found, awaiting closure"), CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
