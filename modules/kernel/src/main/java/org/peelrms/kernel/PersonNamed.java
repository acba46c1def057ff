package org.peelrms.kernel;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event: a record came to name a person, in a role (the missing person of a case, its reporter). Fired by the
 * module that owns the record inside its transaction and observed only after that transaction commits
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so a module that needs the fact keeps it in a read
 * model of its own without calling back or reading the other's tables (ADR 0042). Observers must be idempotent: the
 * same fact is published again at start-up ({@link PublishedFacts}).
 *
 * @param record  the record that names the person
 * @param personId the person's id on the people index
 * @param as      the role, e.g. {@value #MISSING}
 * @param at      when it happened (a missing person: when they were reported)
 */
public record PersonNamed(RecordRef record, long personId, String as, OffsetDateTime at) {
    /** The person a missing person case is about. */
    public static final String MISSING = "missing person";
    /** The person who reported someone missing. */
    public static final String REPORTER = "reporter";

    public PersonNamed {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(at, "at");
    }
}
