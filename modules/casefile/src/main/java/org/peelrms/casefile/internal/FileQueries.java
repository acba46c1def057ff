package org.peelrms.casefile.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.peelrms.casefile.api.FileStatus;

/**
 * Every read of case files that returns a list or a count, in one place, so that a filter (such as the
 * restricted records of issue 8) can be added here once and hold for every list, count and report.
 */
final class FileQueries {
    private final EntityManager entityManager;

    FileQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<CaseFile> byReference(String reference) {
        return entityManager.createQuery("select f from CaseFile f where upper(f.reference) = :r", CaseFile.class)
                .setParameter("r", reference == null ? "" : reference.strip().toUpperCase()).getResultStream().findFirst();
    }

    List<CaseFile> ofOfficer(String user) {
        return entityManager.createQuery("select f from CaseFile f where lower(f.officerInCase) = :u and f.status <> :done"
                + " order by f.openedAt, f.id", CaseFile.class)
                .setParameter("u", user.toLowerCase()).setParameter("done", FileStatus.OUTCOME).getResultList();
    }

    List<CaseFile> withSupervisor() {
        return entityManager.createQuery("select f from CaseFile f where f.status = :s order by f.stageSince, f.id",
                CaseFile.class).setParameter("s", FileStatus.WITH_SUPERVISOR).getResultList();
    }

    List<CaseFile> ofPerson(long personId) {
        return entityManager.createQuery("select distinct f from CaseFile f join f.people p where p.personId = :p"
                + " order by f.openedAt desc", CaseFile.class).setParameter("p", personId).getResultList();
    }

    /** Files opened in [from, to), for the report. */
    List<CaseFile> openedBetween(OffsetDateTime from, OffsetDateTime to) {
        return entityManager.createQuery("select f from CaseFile f where f.openedAt >= :from and f.openedAt < :to"
                + " order by f.openedAt, f.id", CaseFile.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    long count() {
        return entityManager.createQuery("select count(f) from CaseFile f", Long.class).getSingleResult();
    }
}
