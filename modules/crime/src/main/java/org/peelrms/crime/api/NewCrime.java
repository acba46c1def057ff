package org.peelrms.crime.api;

import java.time.OffsetDateTime;

/**
 * One crime to record from a report. One crime per victim: a report with two victims becomes two crimes.
 *
 * @param classificationCode the Home Office offence classification, e.g. {@code 8N}
 * @param occurredFrom       when it happened, or the earliest it can have happened
 * @param occurredTo         the latest it can have happened; null when the time is known
 * @param location           where it happened
 * @param modusOperandi      how it was done
 * @param officerInCharge    the user name of the officer in charge of the investigation
 * @param victimPersonId     the victim, a person on the people index; null for a crime without a personal victim
 */
public record NewCrime(String classificationCode, OffsetDateTime occurredFrom, OffsetDateTime occurredTo,
        String location, String modusOperandi, String officerInCharge, Long victimPersonId) {
}
