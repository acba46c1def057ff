package org.peelrms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, enforced on the compiled classes of every module in the EAR. A module may
 * use another module only through its {@code api} package (and the kernel); only {@code web} may
 * use Faces or PrimeFaces; entities never sit in an API package; Hibernate Search stays in nominal.
 */
class ModuleBoundariesTest {
    private static final List<String> MODULES =
            List.of("audit", "staff", "nominal", "crime", "custody", "casefile", "missingpersons", "restriction", "web",
                    "demo");
    private static final JavaClasses PEEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peelrms");

    @Test
    void aModuleUsesAnotherOnlyThroughItsApi() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (!module.equals(other)) {
                    noClasses().that().resideInAPackage("org.peelrms." + module + "..")
                            .should().dependOnClassesThat(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates
                                            .resideInAPackage("org.peelrms." + other + "..")
                                            .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                                    com.tngtech.archunit.core.domain.JavaClass.Predicates
                                                            .resideInAPackage("org.peelrms." + other + ".api.."))))
                            .because(module + " may use " + other + " only through org.peelrms." + other + ".api")
                            .check(PEEL);
                }
            }
        }
    }

    /** Demo data generators are not product code: they live in the demo module, which a production build leaves out (ADR 0051). */
    @Test
    void demoDataGeneratorsLiveOnlyInTheDemoModule() {
        noClasses().that().resideInAnyPackage(MODULES.stream().filter(module -> !module.equals("demo"))
                        .map(module -> "org.peelrms." + module + "..").toArray(String[]::new))
                .should().haveSimpleNameStartingWith("Demo")
                .because("the demo data is written by modules/demo through the modules' APIs, never from inside a module")
                .check(PEEL);
    }

    /** The modules that hold records and their ways in, which reach the audit trail and the restrictions only through the steps. */
    private static final String[] RECORD_MODULES = {"org.peelrms.crime..", "org.peelrms.custody..",
            "org.peelrms.missingpersons..", "org.peelrms.casefile..", "org.peelrms.nominal..", "org.peelrms.staff..",
            "org.peelrms.web..", "org.peelrms.demo.."};

    /**
     * A record module writes no audit entry and asks no restriction itself: the ways in go through
     * {@code RecordAccess} (ADR 0040), the writes through {@code RecordWrites} (ADR 0052). The only classes that touch
     * {@code AuditTrail} or {@code Restrictions} directly are named here, with why: staff's {@code JpaSignIns}, the one
     * home of sign-in, sign-out and failed sign-in entries (there is no record to name); web's {@code RestrictionDesk},
     * which manages restrictions for the panel, the admin page and the REST resource; and web's
     * {@code FlaggedAuditReports}, which flags the restricted records an auditor's report names.
     */
    @Test
    void recordModulesReachTheAuditTrailAndTheRestrictionsOnlyThroughTheSteps() {
        noClasses().that().resideInAnyPackage(RECORD_MODULES)
                .and().doNotHaveFullyQualifiedName("org.peelrms.staff.internal.JpaSignIns")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.peelrms.audit.api.AuditTrail")
                .because("a write's entry goes through RecordWrites, a way in's through RecordAccess (ADR 0040, 0052)")
                .check(PEEL);
        noClasses().that().resideInAnyPackage(RECORD_MODULES)
                .and().doNotHaveFullyQualifiedName("org.peelrms.web.restriction.RestrictionDesk")
                .and().doNotHaveFullyQualifiedName("org.peelrms.web.audit.FlaggedAuditReports")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.peelrms.restriction.api.Restrictions")
                .because("restrictions are checked by RecordAccess and RecordWrites, managed by web's RestrictionDesk"
                        + " (ADR 0052)")
                .check(PEEL);
    }

    @Test
    void onlyWebUsesFacesAndPrimeFaces() {
        noClasses().that().resideOutsideOfPackage("org.peelrms.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("the UI framework belongs to the web module alone")
                .check(PEEL);
    }

    @Test
    void entitiesAreNeverInAnApiPackage() {
        ArchRule rule = noClasses().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..api..")
                .because("other modules see API records, never entities");
        rule.check(PEEL);
    }

    @Test
    void hibernateSearchStaysInNominal() {
        noClasses().that().resideOutsideOfPackage("org.peelrms.nominal..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate.search..")
                .because("Hibernate Search mapping and queries stay inside nominal")
                .check(PEEL);
    }

    /**
     * The name search runs on Lucene in one node and on Elasticsearch/OpenSearch in a cluster, and finds
     * the same people on both: so it goes through Hibernate Search's standard DSL only, never into
     * Lucene itself or a backend's extension (ADR 0035).
     */
    @Test
    void theNameSearchNeverReachesIntoTheSearchBackend() {
        noClasses().that().resideInAPackage("org.peelrms.nominal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.elasticsearch..",
                        "org.opensearch..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.hibernate.search.backend.lucene.LuceneExtension")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.hibernate.search.backend.elasticsearch.ElasticsearchExtension")
                .because("candidates must be the same on every backend: standard DSL on fields computed in Java")
                .check(PEEL);
    }

    @Test
    void everyOtherModuleUsesStandardJakartaPersistenceOnly() {
        noClasses().that().resideOutsideOfPackage("org.peelrms.nominal..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .because("entities and queries are standard Jakarta Persistence, portable to EclipseLink (ADR 0003)")
                .check(PEEL);
    }

    @Test
    void apiPackagesDependOnlyOnTheJdkJakartaTheKernelAndOtherApis() {
        classes().that().resideInAPackage("org.peelrms.*.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.peelrms.kernel..",
                        "org.peelrms.*.api..")
                .because("an API is a contract other modules compile against")
                .check(PEEL);
    }
}
