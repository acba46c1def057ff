package org.peelrms.nominal.api;

/** Why a person has a name other than their current one. */
public enum NameType {
    ALIAS("Alias / also known as"),
    PREVIOUS("Maiden or previous name"),
    NICKNAME("Nickname or street name"),
    MISSPELLING("Recorded misspelling");

    private final String label;

    NameType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
