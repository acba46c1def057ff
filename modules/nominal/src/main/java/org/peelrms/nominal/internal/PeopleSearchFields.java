package org.peelrms.nominal.internal;

/** The names of the people index's search fields, in one place for the mapping and the queries. */
final class PeopleSearchFields {
    static final String KEYS = "searchKeys";
    static final String NAMES = "storedNames";
    static final String REFERENCE = "reference";
    static final String SEX = "sex";

    private PeopleSearchFields() {
    }
}
