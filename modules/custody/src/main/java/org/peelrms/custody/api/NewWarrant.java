package org.peelrms.custody.api;

import java.time.OffsetDateTime;

/**
 * A warrant of further detention from a magistrates' court (PACE s. 43), or its extension (s. 44).
 *
 * @param court    the court that issued it
 * @param issuedAt when it was issued; null for now
 * @param until    the end of the further detention: at most 36 hours after issue and 96 hours after the relevant time
 * @param note     the warrant's reference or the court's conditions
 */
public record NewWarrant(String court, OffsetDateTime issuedAt, OffsetDateTime until, String note) {
}
