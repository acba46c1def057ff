package org.peelrms.crime.api;

import java.time.OffsetDateTime;

/**
 * A report as the officer takes it down.
 *
 * @param reporterPersonId who reported it, a person on the people index; null when anonymous
 * @param method           how it was reported
 * @param reportedAt       when it was reported; null for now. The 24-hour clock runs from here
 * @param whatHappened     what the reporter says happened
 * @param location         where it happened
 * @param looksLikeCrime   the officer's first view: does it look like a crime
 * @param domesticAbuse    whether it is domestic abuse (then a risk assessment is required)
 */
public record NewReport(Long reporterPersonId, ReportMethod method, OffsetDateTime reportedAt, String whatHappened,
        String location, boolean looksLikeCrime, boolean domesticAbuse) {
}
