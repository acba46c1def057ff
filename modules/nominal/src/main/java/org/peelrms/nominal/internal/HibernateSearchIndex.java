package org.peelrms.nominal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.internal.jobs.BackgroundJob;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.api.SearchIndex;

/** Keeps the index of people (Lucene, or OpenSearch in a cluster) in step with the database. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HibernateSearchIndex implements SearchIndex {
    private static final Logger LOG = Logger.getLogger(HibernateSearchIndex.class.getName());
    /**
     * The index is shared by a cluster's nodes and kept in step by outbox polling (peel.search.coordination, set by
     * configure-search-opensearch.cli; ADR 0037): a node starting while the others write sees a few changes not yet
     * indexed, and must not empty the index under their searches. It rebuilds only an empty index (a new OpenSearch).
     */
    private static final boolean SHARED = "outbox-polling".equals(System.getProperty("peel.search.coordination"));

    @PersistenceContext(unitName = "nominal")
    private EntityManager entityManager;

    @EJB
    private JobLedger ledger;

    @EJB
    private IndexRebuilder rebuilder;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long startRebuild() {
        long onFile = entityManager.createQuery("select count(p) from Person p where p.mergedInto is null", Long.class).getSingleResult();
        long id = ledger.open(BackgroundJob.Kind.REINDEX, "", onFile);
        rebuilder.run(id);
        return id;
    }

    @Override
    public long indexedCount() {
        return Search.session(entityManager).search(Person.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    @Override
    public void rebuildIfOutOfStep() {
        long onFile = entityManager.createQuery("select count(p) from Person p where p.mergedInto is null", Long.class).getSingleResult();
        long indexed = indexedCount();
        if (SHARED && indexed > 0) {
            if (onFile != indexed) {
                LOG.info(() -> "The shared people index holds " + indexed + " people and " + onFile + " are on file:"
                        + " the outbox sends the changes not yet indexed; no rebuild (ADR 0037)");
            }
            return;
        }
        if (onFile != indexed) {
            LOG.info(() -> "The people index holds " + indexed + " people but " + onFile + " are on file: rebuilding it");
            try {
                Search.session(entityManager).massIndexer(Person.class).threadsToLoadObjects(2).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Rebuilding the people index was interrupted", e);
            }
        }
    }
}
