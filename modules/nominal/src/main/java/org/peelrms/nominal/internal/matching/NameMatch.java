package org.peelrms.nominal.internal.matching;

import java.util.List;

/**
 * How well a person matches a query, through which of their names, and why.
 *
 * @param score   0 to 1; 1 is the same name and date of birth
 * @param name    the recorded name that matched best
 * @param reasons what agreed and how, e.g. "forename Bill is a form of William"
 */
public record NameMatch(double score, RecordedName name, List<String> reasons) {

    /** e.g. "alias 'Bill Smyth': forename Bill is a form of William; surname sounds like Smith; date of birth exact" */
    public String explanation() {
        return name.label() + ": " + String.join("; ", reasons);
    }
}
