package org.peelrms.crime.internal;

import org.peelrms.kernel.Require;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.crime.api.OffenceClassificationView;
import org.peelrms.crime.api.OffenceClassifications;
import org.peelrms.crime.api.RecordTypes;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** The table of Home Office offence classifications. Administrators add and retire; nothing is deleted. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.ADMIN})
public class JpaOffenceClassifications implements OffenceClassifications {

    @PersistenceContext(unitName = "crime")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @Override
    public List<OffenceClassificationView> inUse() {
        return entityManager.createQuery("select o from OffenceClassification o where o.inUse = true order by o.category, o.code",
                OffenceClassification.class).getResultList().stream().map(OffenceClassification::view).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void add(String code, String name, String category) {
        String given = Require.text(code, 10, "Give the Home Office code, e.g. 8N.").toUpperCase();
        if (entityManager.find(OffenceClassification.class, given) != null) {
            throw new InvalidInput("The classification " + given + " is already in the table.");
        }
        OffenceClassification classification = new OffenceClassification(given,
                Require.text(name, 200, "Give the classification's name."),
                Require.text(category, 100, "Give the classification's category, e.g. Violence against the person."));
        entityManager.persist(classification);
        writes.created(RecordTypes.OFFENCE_CLASSIFICATION, given, Change.of(classification.view().display()));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void retire(String code) {
        OffenceClassification classification = entityManager.find(OffenceClassification.class,
                code == null ? "" : code.strip().toUpperCase());
        if (classification == null) {
            throw new InvalidInput("There is no classification " + code + " in the table.");
        }
        classification.retire();
        writes.changed(RecordTypes.OFFENCE_CLASSIFICATION, classification.code(), Change.of("retired"));
    }
}
