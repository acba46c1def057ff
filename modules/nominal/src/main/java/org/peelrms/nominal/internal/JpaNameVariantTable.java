package org.peelrms.nominal.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NameVariantTable;
import org.peelrms.nominal.internal.matching.Names;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** The added name-variant groups, kept in the database and merged into the search's vocabulary. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JpaNameVariantTable implements NameVariantTable {
    static final String NAME_VARIANT = "NAME_VARIANT";

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @Resource
    private SessionContext session;

    @Override
    public List<String> added() {
        return entityManager.createQuery("select v from NameVariantRow v order by v.id", NameVariantRow.class)
                .getResultList().stream().map(NameVariantRow::names).toList();
    }

    @Override
    @PermitAll
    public int size() {
        return SearchVocabulary.variants().size();
    }

    @Override
    public void add(String group) {
        List<String> names = group == null ? List.of() : Arrays.stream(group.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.size() < 2) {
            throw new InvalidInput("A group needs at least two names, separated by commas: \"William, Bill, Billy\".");
        }
        for (String name : names) {
            if (Names.joined(name).isEmpty()) {
                throw new InvalidInput("\"" + name + "\" has no letters.");
            }
        }
        String line = names.stream().collect(Collectors.joining(", "));
        entityManager.persist(new NameVariantRow(line, Stamp.now(Callers.nameOf(session.getCallerPrincipal()))));
        writes.created(NAME_VARIANT, names.get(0), Change.of(line));
        entityManager.flush();
        SearchVocabulary.addGroups(added());
    }

    @Override
    @PermitAll
    public void reload() {
        SearchVocabulary.addGroups(added());
    }
}
