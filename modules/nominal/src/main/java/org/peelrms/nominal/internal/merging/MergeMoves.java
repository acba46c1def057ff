package org.peelrms.nominal.internal.merging;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.internal.Person;
import org.peelrms.nominal.internal.PersonName;
import org.peelrms.nominal.internal.Stamp;

/**
 * What a merge moves between the two records, and moves back when it is undone (ADR 0045): the merged-away
 * person's names, copied onto the survivor as other names with where they came from; their identifying marks and
 * warning markers, moved to the survivor and back by id; and the index, told of both (through Hibernate Search's
 * own API, the same on every backend).
 */
final class MergeMoves {
    private final EntityManager entityManager;

    MergeMoves(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Long> marksOf(long personId) {
        return entityManager.createQuery("select m.id from IdentifyingMark m where m.person.id = :id order by m.id",
                Long.class).setParameter("id", personId).getResultList();
    }

    List<Long> markersOf(long personId) {
        return entityManager.createQuery("select m.id from WarningMarker m where m.person.id = :id order by m.id",
                Long.class).setParameter("id", personId).getResultList();
    }

    /**
     * Moves these marks and markers to {@code to}, then reads both people again from the database so that each
     * holds what is now theirs. Whatever was pending is written first.
     */
    void move(Collection<Long> marks, Collection<Long> markers, Person from, Person to) {
        entityManager.flush();
        update("IdentifyingMark", marks, to);
        update("WarningMarker", markers, to);
        entityManager.refresh(from);
        entityManager.refresh(to);
    }

    private void update(String entity, Collection<Long> ids, Person to) {
        if (!ids.isEmpty()) {
            entityManager.createQuery("update " + entity + " r set r.person = :to where r.id in :ids")
                    .setParameter("to", to).setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * The merged-away person's current name (as an alias) and each of their other names (as the same type) become
     * other names of the survivor, each with the merged-away date of birth where it has none of its own; a name
     * ended there stays ended, with who ended it and when.
     */
    List<PersonName> copyNames(Person mergedAway, Person survivor, long mergeId, String mergedAwayLabel, Stamp stamp) {
        LocalDate born = mergedAway.details().dateOfBirth();
        List<PersonName> copies = new ArrayList<>();
        copies.add(PersonName.fromMerge(survivor, mergeId, mergedAway, mergedAwayLabel, NameType.ALIAS,
                mergedAway.details().forenames(), mergedAway.details().surname(), born, stamp));
        for (PersonName name : mergedAway.otherNames()) {
            copies.add(PersonName.copiedByMerge(survivor, mergeId, mergedAway, mergedAwayLabel, name, born, stamp));
        }
        copies.forEach(copy -> survivor.mergedName(copy, true));
        return copies;
    }

    /** Takes off the survivor the names this merge gave it; the names it was given otherwise stay. */
    List<PersonName> removeNames(Person survivor, long mergeId) {
        List<PersonName> brought = survivor.otherNames().stream()
                .filter(name -> name.mergeId() != null && name.mergeId() == mergeId).toList();
        brought.forEach(name -> survivor.mergedName(name, false));
        return brought;
    }

    /** Both people (re-)indexed as they now are: the survivor with every name, a merged-away person not at all. */
    void reindex(Person... people) {
        for (Person person : people) {
            Search.session(entityManager).indexingPlan().addOrUpdate(person);
        }
    }
}
