package org.peelrms.nominal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.kernel.RecordType;
import org.peelrms.restriction.api.HiddenRecords;
import org.peelrms.restriction.api.SensitiveOptions;

/** The people index's service: name search (NameSearchEngine) and views, each on the audit log. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.CUSTODY_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.READ_ONLY})
public class HibernatePeopleIndex implements PeopleIndex {
    static final String PERSON = org.peelrms.kernel.RecordType.PERSON.name();

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private RecordAccess access;

    @EJB
    private RecordsNamingPeople namedIn;

    @EJB
    private SensitiveOptions sensitiveOptions;

    @Override
    public List<PersonHit> find(NameSearch search) {
        return find(search, null);
    }

    @Override
    public List<PersonHit> find(NameSearch search, String reason) {
        check(search);
        sensitiveOptions.justify(SensitiveOptions.NAME_SEARCH, search.optionsUsed(), reason);
        HiddenRecords hidden = hidden();
        List<PersonHit> hits = NameSearchEngine.search(NameSearchEngine.people(entityManager), search, hidden.ids(RecordType.PERSON));
        return audited(search.describe(), hits, hidden, reason);
    }

    private static void check(NameSearch search) {
        if (search.surname() == null || Names.joined(search.surname()).isEmpty()) {
            throw new InvalidInput("A surname is needed to search by name.");
        }
        if (search.limit() < 1 || search.limit() > NameSearch.MAX_LIMIT) {
            throw new InvalidInput("limit must be between 1 and " + NameSearch.MAX_LIMIT + ", not " + search.limit());
        }
    }

    /** The hits with their missing episodes (ADR 0042), on the audit log as one SEARCH. */
    private List<PersonHit> audited(String criteria, List<PersonHit> hits, HiddenRecords hidden, String reason) {
        access.listed(PERSON, criteria, hits.stream().map(PersonHit::id).toList(), reason);
        return namedIn.withMissingEpisodes(hits, hidden);
    }

    /** The people and missing person cases hidden from the caller, read once for the search. */
    private HiddenRecords hidden() {
        return access.hidden(RecordType.PERSON, RecordType.MISSING_PERSON_CASE);
    }

    @Override
    public List<PersonHit> find(String line, int limit) {
        return find(line, limit, null);
    }

    /** The search box: the union of every reading of the line (SearchLine), on the audit log as typed. */
    @Override
    public List<PersonHit> find(String line, int limit, String reason) {
        SearchLine box = SearchLine.parse(line, limit);
        check(box.search());
        sensitiveOptions.justify(SensitiveOptions.NAME_SEARCH, box.search().optionsUsed(), reason);
        HiddenRecords hidden = hidden();
        List<PersonHit> hits = NameSearchEngine.search(NameSearchEngine.people(entityManager), box.search(), box.readings(),
                hidden.ids(RecordType.PERSON));
        return audited("line=" + line.strip(), hits, hidden, reason);
    }

    @Override
    @PermitAll
    public long count() {
        return entityManager.createQuery("select count(p) from Person p where p.mergedInto is null", Long.class).getSingleResult();
    }
}
