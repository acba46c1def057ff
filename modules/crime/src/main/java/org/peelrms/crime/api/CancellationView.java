package org.peelrms.crime.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A request to cancel or transfer a crime, and the supervisor's decision on it. */
public record CancellationView(long id, CancellationReason reason, String evidence, String transferredTo,
        String requestedBy, OffsetDateTime requestedAt, Status status, String decidedBy, OffsetDateTime decidedAt,
        String decisionNote) implements Serializable {

    /** Requested, then approved or refused by a supervisor. */
    public enum Status {
        REQUESTED("Waiting for a supervisor"),
        APPROVED("Approved"),
        REFUSED("Refused");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
