package org.peelrms.nominal.internal.duplicates;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.kernel.UkDateFormat;
import org.peelrms.nominal.api.DuplicateReview;
import org.peelrms.nominal.api.DuplicateStatus;
import org.peelrms.nominal.api.PossibleDuplicateView;
import org.peelrms.nominal.internal.jobs.BackgroundJob;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;
import org.peelrms.kernel.RecordType;

/**
 * The review queue of possible duplicates, for administrators (ADR 0044). A pair with a person restricted
 * from the reviewer is neither listed, counted nor open to a decision, as the name search leaves such a
 * person out (ADR 0019).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DuplicateQueue implements DuplicateReview {
    static final String RECORD_TYPE = "POSSIBLE_DUPLICATE";

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private JobLedger ledger;

    @EJB
    private DuplicateSearchRunner runner;

    @EJB
    private RecordWrites writes;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Override
    public long startFinding() {
        long onFile = entityManager.createQuery("select count(p) from Person p where p.mergedInto is null", Long.class).getSingleResult();
        long id = ledger.open(BackgroundJob.Kind.DUPLICATES, "", onFile);
        writes.created(RECORD_TYPE, "job " + id, Change.of("started the search for people on file twice, over "
                + onFile + " people (job " + id + ")"));
        runner.run(id);
        return id;
    }

    @Override
    public List<PossibleDuplicateView> queue(DuplicateStatus status, int first, int max) {
        if (status == null) {
            throw new InvalidInput("Say which pairs: status OPEN, NOT_A_DUPLICATE or MERGED.");
        }
        if (first < 0 || max < 1 || max > MOST_PER_PAGE) {
            throw new InvalidInput("first must be 0 or more and max from 1 to " + MOST_PER_PAGE + ".");
        }
        List<PossibleDuplicate> page = entityManager.createQuery("select d from PossibleDuplicate d where d.status = :status"
                + " and d.firstPersonId not in :hidden and d.secondPersonId not in :hidden order by d.probability desc, d.id",
                PossibleDuplicate.class).setParameter("status", status).setParameter("hidden", hidden())
                .setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, String> labels = labels(page);
        return page.stream().map(pair -> view(pair, labels)).toList();
    }

    @Override
    public long count(DuplicateStatus status) {
        return entityManager.createQuery("select count(d) from PossibleDuplicate d where d.status = :status"
                + " and d.firstPersonId not in :hidden and d.secondPersonId not in :hidden", Long.class)
                .setParameter("status", status).setParameter("hidden", hidden()).getSingleResult();
    }

    @Override
    public Optional<PossibleDuplicateView> notADuplicate(long id, String reason) {
        PossibleDuplicate pair = entityManager.find(PossibleDuplicate.class, id);
        Set<Long> hidden = hidden();
        if (pair == null || hidden.contains(pair.firstPersonId()) || hidden.contains(pair.secondPersonId())) {
            return Optional.empty();
        }
        pair.notADuplicate(Callers.nameOf(session.getCallerPrincipal()), reason);
        writes.changed(RECORD_TYPE, id, Change.of("not a duplicate: persons " + pair.firstPersonId() + " and "
                + pair.secondPersonId() + " (probability " + String.format("%.3f", pair.probability()) + ")").because(reason));
        return Optional.of(view(pair, labels(List.of(pair))));
    }

    /** The people hidden from the caller, never empty (a query's "not in" needs one id). */
    private Set<Long> hidden() {
        Set<Long> hidden = new HashSet<>(access.hidden(RecordType.PERSON).ids(RecordType.PERSON));
        hidden.add(-1L);
        return hidden;
    }

    /** "SMITH, John, born 02/01/1980 (P0001)" for each person of the pairs. */
    private Map<Long, String> labels(List<PossibleDuplicate> pairs) {
        Set<Long> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.firstPersonId());
            ids.add(pair.secondPersonId());
        });
        Map<Long, String> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        for (Object[] row : entityManager.createQuery("select p.id, p.surname, p.forenames, p.dateOfBirth, p.reference"
                + " from Person p where p.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            labels.put((Long) row[0], ((String) row[1]).toUpperCase() + (row[2] == null ? "" : ", " + row[2])
                    + (row[3] == null ? "" : ", born " + UkDateFormat.day((LocalDate) row[3])) + (row[4] == null ? "" : " (" + row[4] + ")"));
        }
        return labels;
    }

    private static PossibleDuplicateView view(PossibleDuplicate pair, Map<Long, String> labels) {
        return new PossibleDuplicateView(pair.id(), pair.firstPersonId(), labels.getOrDefault(pair.firstPersonId(), ""),
                pair.secondPersonId(), labels.getOrDefault(pair.secondPersonId(), ""), pair.weight(), pair.probability(),
                pair.explanation(), pair.status(), pair.foundAt(), pair.reviewedBy(), pair.reviewedAt(), pair.reviewReason());
    }
}
