package org.peelrms.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.peelrms.kernel.DemoDataset;
import org.peelrms.kernel.PublishedFacts;
import org.peelrms.kernel.ModuleSchema;
import org.peelrms.kernel.Roles;
import org.peelrms.kernel.SchemaMigrator;
import org.peelrms.nominal.api.NameVariantTable;
import org.peelrms.nominal.api.SearchIndex;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;

/**
 * Brings Peel up, in order, before it takes its first request: migrates every module's schema,
 * opens the first administrator's account on a new installation (PEEL_FIRST_ADMIN_PASSWORD), reads
 * the name variants administrators added, loads the demo data when switched on ({@code peel.demo=true}, as the run command does), and
 * rebuilds the people index if it is out of step with the database.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeelStartup {
    static final String FIRST_ADMIN_PASSWORD = "PEEL_FIRST_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(PeelStartup.class.getName());
    /** The CPU time the demo data costs Peel itself, apart from the database's, whatever else runs on the machine. */
    private static final ThreadMXBean LOADING_THREAD = ManagementFactory.getThreadMXBean();

    @Resource(lookup = "java:jboss/datasources/PeelDS")
    private DataSource dataSource;

    @Inject
    private Instance<ModuleSchema> schemas;

    @Inject
    @Any
    private Instance<DemoDataset> demoData;

    @Inject
    @Any
    private Instance<PublishedFacts> publishers;

    @EJB
    private SearchIndex searchIndex;

    @EJB
    private StaffAccounts accounts;

    @EJB
    private NameVariantTable nameVariants;

    @PostConstruct
    void start() {
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        schemas.stream().sorted(Comparator.comparing(ModuleSchema::name)).forEach(migrator::migrate);
        openFirstAdministrator();
        nameVariants.reload();
        if (Boolean.getBoolean("peel.demo")) {
            loadDemoData(Integer.getInteger("peel.demo.persons", 10_000));
        }
        republishFacts();
        searchIndex.rebuildIfOutOfStep();
        LOG.info("Peel is up");
    }

    /**
     * A new installation has no accounts: when PEEL_FIRST_ADMIN_PASSWORD is set, open the account
     * "admin" (role ADMIN) with it, so that the administrator can open everyone else's.
     */
    private void openFirstAdministrator() {
        String password = System.getenv(FIRST_ADMIN_PASSWORD);
        if (password != null && !password.isBlank() && accounts.none()) {
            accounts.open(new NewAccount("admin", "Administrator", password, Set.of(Roles.ADMIN)));
            LOG.info("Opened the first administrator's account, admin, from " + FIRST_ADMIN_PASSWORD);
        }
    }

    /** Every module's published facts again, so that the read models built from them catch up (ADR 0042). */
    private void republishFacts() {
        publishers.forEach(facts -> {
            long started = System.nanoTime();
            int published = facts.republish();
            LOG.info(() -> "Published again: " + published + " " + facts.name() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        });
    }

    private void loadDemoData(int size) {
        if (demoData.isUnsatisfied()) {
            LOG.warning("peel.demo=true, but this is a production build without the demo module: no demo data loaded");
            return;
        }
        demoData.stream().sorted(Comparator.comparingInt(DemoDataset::order)).forEach(dataset -> {
            if (dataset.alreadyLoaded()) {
                LOG.info(() -> "Demo data: " + dataset.name() + " already loaded");
            } else {
                long started = System.nanoTime();
                long cpu = LOADING_THREAD.getCurrentThreadCpuTime();
                dataset.load(size);
                LOG.info(() -> "Demo data: " + dataset.name() + " loaded in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms ("
                        + (LOADING_THREAD.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms CPU in this thread)");
            }
        });
    }
}
