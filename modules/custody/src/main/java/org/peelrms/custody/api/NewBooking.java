package org.peelrms.custody.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Booking a detained person in, as the custody officer records it, with their decision on detention.
 *
 * @param personId          the detained person on the people index (search before create)
 * @param arrestedAt        when they were arrested
 * @param arrestPlace       where they were arrested
 * @param arrivedAt         when they arrived at the station
 * @param arrestedAtStation they attended the station voluntarily and were arrested there (PACE s. 41(2)(c))
 * @param arrestingOfficer  the arresting officer, e.g. "PC 1234 Holt"
 * @param offences          what they were arrested for, each marked indictable or not
 * @param authorised        the custody officer's decision: detention authorised, or refused
 * @param grounds           the grounds of that decision
 * @param cell              the cell they are put in (required when detention is authorised)
 * @param risk              the risk assessment, which sets the observation level (required when authorised)
 * @param rights            the rights and entitlements the person was told of, with their times and what
 *                          they said (for example "wants the duty solicitor", "declines")
 * @param property          what they had on them, as listed with them
 * @param rightsNotYetGiven the rights they could not yet be told of, each with why. When detention is
 *                          authorised, each of the three {@link Entitlement}s must be in exactly one of
 *                          the two lists (ADR 0028)
 */
public record NewBooking(Long personId, OffsetDateTime arrestedAt, String arrestPlace, OffsetDateTime arrivedAt,
        boolean arrestedAtStation, String arrestingOfficer, List<NewOffence> offences, boolean authorised,
        String grounds, String cell, NewRiskAssessment risk, List<RightGiven> rights, String property,
        List<RightNotYetGiven> rightsNotYetGiven) {
}
