package org.peelrms.crime.api;

/**
 * A request to cancel or transfer a crime, for a supervisor to approve.
 *
 * @param evidence      the additional verifiable information, or the record it duplicates
 * @param transferredTo the force it goes to, for a transfer
 */
public record CancellationRequest(CancellationReason reason, String evidence, String transferredTo) {
}
