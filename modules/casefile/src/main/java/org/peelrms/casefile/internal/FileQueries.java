package org.peelrms.casefile.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peelrms.casefile.api.FileStatus;

/**
 * Every read of case files that returns a list or a count, in one place, so that the restricted files
 * hidden from the caller (ADR 0019) are left out of every list, count and report here, once.
 */
final class FileQueries {
    private final EntityManager entityManager;
    private final Set<Long> hidden;

    /** Reads for the caller, leaving out the files in {@code hidden} (from {@code Restrictions.hidden}). */
    FileQueries(EntityManager entityManager, Set<Long> hidden) {
        this.entityManager = entityManager;
        this.hidden = Set.copyOf(hidden);
    }

    /** Reads for the system (the health probe): no caller, nothing left out. */
    static FileQueries unfiltered(EntityManager entityManager) {
        return new FileQueries(entityManager, Set.of());
    }

    private List<CaseFile> visible(List<CaseFile> files) {
        return hidden.isEmpty() ? files : files.stream().filter(f -> !hidden.contains(f.id())).toList();
    }

    /** The file with this reference, restricted or not: the caller then opens it by its id (and admission). */
    Optional<CaseFile> byReference(String reference) {
        return entityManager.createQuery("select f from CaseFile f where upper(f.reference) = :r", CaseFile.class)
                .setParameter("r", reference == null ? "" : reference.strip().toUpperCase()).getResultStream().findFirst();
    }

    List<CaseFile> ofOfficer(String user) {
        return visible(entityManager.createQuery("select f from CaseFile f where lower(f.officerInCase) = :u and f.status <> :done"
                + " order by f.openedAt, f.id", CaseFile.class)
                .setParameter("u", user.toLowerCase()).setParameter("done", FileStatus.OUTCOME).getResultList());
    }

    List<CaseFile> withSupervisor() {
        return visible(entityManager.createQuery("select f from CaseFile f where f.status = :s order by f.stageSince, f.id",
                CaseFile.class).setParameter("s", FileStatus.WITH_SUPERVISOR).getResultList());
    }

    List<CaseFile> ofPerson(long personId) {
        return visible(entityManager.createQuery("select distinct f from CaseFile f join f.people p where p.personId = :p"
                + " order by f.openedAt desc", CaseFile.class).setParameter("p", personId).getResultList());
    }

    /** Files opened in [from, to), for the report. */
    List<CaseFile> openedBetween(OffsetDateTime from, OffsetDateTime to) {
        return visible(entityManager.createQuery("select f from CaseFile f where f.openedAt >= :from and f.openedAt < :to"
                + " order by f.openedAt, f.id", CaseFile.class).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** Every file on record, for the health probe (not shown to users as a figure). */
    long count() {
        return entityManager.createQuery("select count(f) from CaseFile f", Long.class).getSingleResult();
    }
}
