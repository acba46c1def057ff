package org.peelrms.casefile.api;

import java.util.List;

/**
 * A new file: its type, the officer in the case and the supervisor (user names; the officer in the case is
 * the caller when not given), the crimes it is about (ids on the crime module) and the suspects or
 * defendants (ids on the people index, found by the name search first).
 */
public record NewCaseFile(FileType type, String officerInCase, String supervisor, List<Long> crimeIds,
        List<Long> suspectPersonIds) {
}
