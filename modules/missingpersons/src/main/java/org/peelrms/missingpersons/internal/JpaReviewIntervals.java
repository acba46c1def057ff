package org.peelrms.missingpersons.internal;

import org.peelrms.kernel.Require;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Roles;
import org.peelrms.missingpersons.api.RecordTypes;
import org.peelrms.missingpersons.api.ReviewIntervalView;
import org.peelrms.missingpersons.api.ReviewIntervals;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** The review interval table: read by everyone signed in, set by administrators. */
@Stateless
@PermitAll
public class JpaReviewIntervals implements ReviewIntervals {

    @PersistenceContext(unitName = "missingpersons")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @Resource
    private SessionContext session;

    @Inject
    private MissingClock clock;

    @Override
    public List<ReviewIntervalView> all() {
        return rows(entityManager).stream().map(ReviewInterval::view).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void set(RiskLevel level, int minutes) {
        Require.present(level, "Choose the risk level.");
        ReviewInterval row = entityManager.find(ReviewInterval.class, level);
        int before = row.minutes();
        row.set(minutes, new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.now()));
        writes.changed(RecordTypes.REVIEW_INTERVAL, level.name(), Change.of("review interval for "
                + level.label() + " from " + before + " to " + minutes + " minutes"));
    }

    static Intervals read(EntityManager entityManager) {
        Map<RiskLevel, Duration> byLevel = new EnumMap<>(RiskLevel.class);
        rows(entityManager).forEach(row -> byLevel.put(row.level(), Duration.ofMinutes(row.minutes())));
        return new Intervals(byLevel);
    }

    private static List<ReviewInterval> rows(EntityManager entityManager) {
        return entityManager.createQuery("select r from ReviewInterval r", ReviewInterval.class).getResultList()
                .stream().sorted(java.util.Comparator.comparing(ReviewInterval::level).reversed()).toList();
    }
}
