package org.peelrms.nominal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import org.peelrms.nominal.api.PersonRecord;

/**
 * Where a merged-away person's id and reference lead (ADR 0045): to the survivor, following merges of merges, so
 * that a page, a REST call or a new link given the old id finds the one record the person now has.
 */
public final class MergedRecords {
    /** More merges in a row than any real chain; a guard against a loop, which the merge never makes. */
    private static final int LONGEST_CHAIN = 100;

    private MergedRecords() {
    }

    /** The record a person lives on as: themselves, or the survivor they were merged into; null for null. */
    public static Person current(EntityManager entityManager, Person person) {
        return current(entityManager, person, LockModeType.NONE);
    }

    /**
     * The record the person with this id lives on as, each record on the way read under a shared lock held to the
     * end of the transaction: a write that names a person this way waits for a merge of them in flight and then
     * names the survivor, and a merge that starts after waits for the write, then moves its link (ADR 0046).
     */
    public static Person currentForNaming(EntityManager entityManager, long id) {
        return current(entityManager, entityManager.find(Person.class, id, LockModeType.PESSIMISTIC_READ),
                LockModeType.PESSIMISTIC_READ);
    }

    private static Person current(EntityManager entityManager, Person person, LockModeType lock) {
        Person current = person;
        for (int hops = 0; current != null && current.mergedInto() != null && hops < LONGEST_CHAIN; hops++) {
            current = entityManager.find(Person.class, current.mergedInto(), lock);
        }
        return current;
    }

    /** The note on the survivor's record opened by a merged-away person's id: who, and which merge. */
    static PersonRecord.MergedAway note(EntityManager entityManager, Person mergedAway) {
        Object[] merge = entityManager.createQuery("select m.id, m.mergedBy, m.mergedAt from PersonMerge m"
                + " where m.mergedAwayId = :id and m.undoneAt is null order by m.id desc", Object[].class)
                .setParameter("id", mergedAway.id()).setMaxResults(1).getResultStream().findFirst()
                .orElse(new Object[] {0L, null, null});
        return new PersonRecord.MergedAway(mergedAway.id(), mergedAway.reference(), (Long) merge[0], (String) merge[1],
                (OffsetDateTime) merge[2]);
    }
}
