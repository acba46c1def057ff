package org.peelrms.nominal.internal;

/** The names of the people index's search fields, in one place for the mapping and the queries. */
final class PeopleSearchFields {
    static final String KEYS = "searchKeys";
    static final String NAMES = "storedNames";
    static final String REFERENCE = "reference";
    static final String SEX = "sex";
    static final String MARKERS = "activeMarkers";
    static final String MARKS = "marksText";
    static final String BORN = "dateOfBirth";
    static final String HEIGHT = "heightCm";

    private PeopleSearchFields() {
    }
}
