package org.peelrms.nominal.internal;

import jakarta.persistence.EntityManager;
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
        Person current = person;
        for (int hops = 0; current != null && current.mergedInto() != null && hops < LONGEST_CHAIN; hops++) {
            current = entityManager.find(Person.class, current.mergedInto());
        }
        return current;
    }

    /** The note on the survivor's record opened by a merged-away person's id: who, and which merge. */
    static PersonRecord.MergedAway note(EntityManager entityManager, Person mergedAway) {
        long mergeId = entityManager.createQuery("select m.id from PersonMerge m where m.mergedAwayId = :id"
                + " and m.undoneAt is null order by m.id desc", Long.class).setParameter("id", mergedAway.id())
                .setMaxResults(1).getResultStream().findFirst().orElse(0L);
        return new PersonRecord.MergedAway(mergedAway.id(), mergedAway.reference(), mergeId);
    }
}
