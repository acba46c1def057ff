package org.peelrms.custody.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * How the detention ends. Its time is the release (or transfer), and stops the PACE clock.
 *
 * @param at            when the person left custody; null for now
 * @param details       charges, bail conditions, or why no further action
 * @param returnDate    for bail: the date to return to the station (or appear at court when charged and bailed)
 * @param transferredTo for a transfer: where to
 */
public record NewDisposal(DisposalType type, OffsetDateTime at, String details, LocalDate returnDate,
        String transferredTo) {
}
