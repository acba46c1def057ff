package org.peelrms.custody.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * One review of detention that PACE s. 40 required: when it was due, and when (and by whom) it was
 * done. A review done after it was due is POSTPONED when a reason was recorded (s. 40(4)), LATE when
 * none was; a due time that passed with no review is MISSED.
 */
public record ReviewCheck(int number, ZonedDateTime due, OffsetDateTime doneAt, String doneBy, Status status,
        String postponementReason) implements Serializable {

    public enum Status {
        ON_TIME("On time"), POSTPONED("Postponed, with reason"), LATE("Late"), MISSED("Missed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
