package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A referral to a multi-agency risk assessment conference (MARAC). */
public record MaracReferralView(String referredBy, OffsetDateTime referredAt, LocalDate conferenceDate, String note) implements Serializable {
}
