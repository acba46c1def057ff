package org.peelrms.custody.api;

/** What an entry on the custody record records. A correction is an entry of the same kind that points at the one it corrects. */
public enum EntryKind {
    BOOKED_IN("Booked in"),
    DETENTION_AUTHORISED("Detention authorised"),
    DETENTION_REFUSED("Detention refused"),
    RIGHTS("Rights and entitlements"),
    RISK_ASSESSMENT("Risk assessment"),
    PROPERTY("Property"),
    CELL("Cell"),
    VISIT("Cell visit"),
    ROUSING("Visit with rousing"),
    NOTE("Note"),
    REVIEW("Review of detention"),
    EXTENSION("Extension to 36 hours"),
    WARRANT("Warrant of further detention"),
    DISPOSAL("Disposal");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kinds an officer adds as they happen, with {@code CustodyRecords.addEntry}. */
    public boolean addedByHand() {
        return this == RIGHTS || this == RISK_ASSESSMENT || this == PROPERTY || this == CELL || this == VISIT
                || this == ROUSING || this == NOTE;
    }

    /** Visits count towards the observation level's visits. */
    public boolean visit() {
        return this == VISIT || this == ROUSING;
    }
}
