package org.peelrms.custody.api;

/** The rights and entitlements a detained person is told of (PACE Code C, section 3). */
public enum Entitlement {
    LEGAL_ADVICE("Free independent legal advice"),
    SOMEONE_INFORMED("Someone informed of the arrest"),
    CODES_OF_PRACTICE("The codes of practice may be consulted");

    private final String label;

    Entitlement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
