package org.peelrms.web.custody;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.custody.api.RightNotYetGiven;

/**
 * One right on the booking-in form, as the custody officer states it: told and wants it, told and
 * declines, or not yet told (with why). Nothing is chosen until the officer chooses (ADR 0028).
 */
public class RightStatement implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the officer says of the right. */
    public enum Answer {
        WANTS("Told: wants it"),
        DECLINES("Told: declines it"),
        NOT_YET("Not yet told");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private final Entitlement entitlement;
    private Answer answer;
    private String detail;

    public RightStatement(Entitlement entitlement) {
        this.entitlement = entitlement;
    }

    /** The right as told, with what the person said; empty when not told or not stated. */
    Optional<RightGiven> given(OffsetDateTime at) {
        if (answer != Answer.WANTS && answer != Answer.DECLINES) {
            return Optional.empty();
        }
        String said = answer == Answer.WANTS ? "Wants it" : "Declines it";
        return Optional.of(new RightGiven(entitlement, at, detail == null || detail.isBlank() ? said
                : said + ": " + detail.strip()));
    }

    /** The right not yet told, with why; empty otherwise. */
    Optional<RightNotYetGiven> notYetGiven() {
        return answer == Answer.NOT_YET ? Optional.of(new RightNotYetGiven(entitlement, detail)) : Optional.empty();
    }

    public Entitlement getEntitlement() {
        return entitlement;
    }

    public Answer getAnswer() {
        return answer;
    }

    public void setAnswer(Answer answer) {
        this.answer = answer;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
