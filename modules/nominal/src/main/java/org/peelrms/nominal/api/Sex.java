package org.peelrms.nominal.api;

/** Sex as recorded on the Police National Computer: male, female, or not known. */
public enum Sex {
    MALE("M", "Male"), FEMALE("F", "Female"), UNKNOWN("U", "Not known");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Reads M, F or U (any case); anything else is not known. */
    public static Sex fromCode(String code) {
        if (code != null) {
            for (Sex sex : values()) {
                if (sex.code.equalsIgnoreCase(code.strip())) {
                    return sex;
                }
            }
        }
        return UNKNOWN;
    }
}
