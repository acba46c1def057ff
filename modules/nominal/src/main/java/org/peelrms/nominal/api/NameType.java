package org.peelrms.nominal.api;

/** Why a person has a name other than their current one. */
public enum NameType {
    ALIAS("Alias / also known as", "alias"),
    PREVIOUS("Maiden or previous name", "previous name"),
    NICKNAME("Nickname or street name", "nickname"),
    MISSPELLING("Recorded misspelling", "recorded misspelling");

    private final String label;
    private final String shortName;

    NameType(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    /** How a search explanation names it: "alias", "previous name". */
    public String shortName() {
        return shortName;
    }

    public String label() {
        return label;
    }
}
