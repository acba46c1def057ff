package org.peelrms.nominal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.peelrms.audit.api.AuditEvent;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.nominal.api.PersonSummary;

/** Name search over the Lucene index; every search and view goes to the audit log. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class HibernatePeopleIndex implements PeopleIndex {
    static final String PERSON = "PERSON";
    private static final int MAX_LIMIT = 100;

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Override
    public List<PersonSummary> search(String text, int limit) {
        String words = text == null ? "" : text.strip();
        List<PersonSummary> hits = words.isEmpty() ? List.of() : Search.session(entityManager)
                .search(Person.class)
                .where(f -> f.match()
                        .fields("surname", "forenames", "otherNames.surname", "otherNames.forenames")
                        .matching(words)
                        .fuzzy(1))
                .fetchHits(Math.max(1, Math.min(limit, MAX_LIMIT)))
                .stream().map(Person::summary).toList();
        audit.record(AuditEvent.searched(PERSON, "text=" + words, hits.size()));
        return hits;
    }

    @Override
    public Optional<PersonSummary> view(long id) {
        Optional<PersonSummary> person = Optional.ofNullable(entityManager.find(Person.class, id)).map(Person::summary);
        person.ifPresent(found -> audit.record(AuditEvent.viewed(PERSON, id)));
        return person;
    }

    @Override
    @PermitAll
    public long count() {
        return entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }
}
