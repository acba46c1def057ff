package org.peelrms.nominal.api;

/**
 * The details of a person that can only have one value, so a merge that finds them different asks the reviewer which
 * to keep (names never conflict: the merged-away names become other names of the survivor).
 */
public enum MergeField {
    DATE_OF_BIRTH("date of birth"), SEX("sex"), HEIGHT("height"), PNC_ID("PNC ID");

    private final String label;

    MergeField(String label) {
        this.label = label;
    }

    /** "date of birth", as a sentence names the field ("Choose which date of birth to keep"). */
    public String label() {
        return label;
    }
}
