package org.peelrms.staff.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.peelrms.staff.api.SignInThrottle;

/** Failed sign-ins counted for one subject (staff V3); written by {@link JpaSignIns}'s upsert. */
@Entity
@Table(name = "sign_in_throttle", schema = "staff")
public class ThrottleRow {

    /** The kind of count and what it counts. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Enumerated(EnumType.STRING)
        @Column(length = 20)
        private ThrottleKind kind;

        @Column(length = 400)
        private String subject;

        protected Key() {
        }

        Key(ThrottleKind kind, String subject) {
            this.kind = kind;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && Objects.equals(key.subject, subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, subject);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private OffsetDateTime lastFailureAt;

    @Column(name = "held_until")
    private OffsetDateTime heldUntil;

    @Column(name = "refused_while_held", nullable = false)
    private int refusedWhileHeld;

    protected ThrottleRow() {
    }

    Key key() {
        return key;
    }

    ThrottleKind kind() {
        return key.kind;
    }

    int failures() {
        return failures;
    }

    OffsetDateTime heldUntil() {
        return heldUntil;
    }

    boolean heldAt(OffsetDateTime now) {
        return heldUntil != null && heldUntil.isAfter(now);
    }

    /** Failures are forgotten an hour after the last one. */
    boolean remembered(OffsetDateTime now) {
        return lastFailureAt.isAfter(now.minus(ThrottleKind.MEMORY));
    }

    SignInThrottle view() {
        return new SignInThrottle(key.kind.name(), key.subject, failures, lastFailureAt, heldUntil, refusedWhileHeld);
    }
}
