package org.peelrms.nominal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.Sex;

/** Puts people on file, a batch to a transaction, each with its audit entry in that transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleWriter {

    /** A person to put on file. */
    public record NewPerson(String reference, String forenames, String surname, java.time.LocalDate dateOfBirth, Sex sex,
            List<OtherName> otherNames) {
    }

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public void createAll(List<NewPerson> people, String why) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String user = session.getCallerPrincipal().getName();
        for (NewPerson each : people) {
            Person person = new Person(each.reference(), each.forenames(), each.surname(), each.dateOfBirth(),
                    each.sex(), now, user);
            each.otherNames().forEach(name -> person.addOtherName(
                    new PersonName(name.type(), name.forenames(), name.surname(), name.dateOfBirth())));
            entityManager.persist(person);
            audit.record(AuditEvent.created(HibernatePeopleIndex.PERSON, person.id(), why));
        }
    }
}
