package org.peelrms.nominal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.internal.importing.ImportRow;
import org.peelrms.nominal.internal.importing.PeopleCsv;

/**
 * People put on a real Lucene index in a temporary folder, as the server indexes them (the same
 * {@link Person} mapping, analysis and settings of persistence.xml), and searched by the server's own
 * query code ({@link NameSearchEngine}, {@link SearchLine}). Hibernate Search's standalone mapper
 * stands in for Hibernate ORM: nothing else differs from a search through REST (ADR 0036).
 */
final class PeopleOnIndex implements AutoCloseable {
    private static final Stamp IMPORT = Stamp.now("evaluation");
    private static final int BATCH = 1000;

    private final Path folder;
    private final boolean kept;
    private final CloseableSearchMapping mapping;

    private PeopleOnIndex(Path folder, boolean kept) {
        this.folder = folder;
        this.kept = kept;
        this.mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(Person.class), MethodHandles.lookup())
                .property("hibernate.search.backend.type", "lucene")
                .property("hibernate.search.backend.analysis.configurer", "class:" + NameAnalysis.class.getName())
                .property("hibernate.search.backend.directory.root", folder.toString())
                .property("hibernate.search.schema_management.strategy", kept ? "create-or-validate" : "drop-and-create-and-drop")
                .property("hibernate.search.indexing.plan.synchronization.strategy", "async")
                .property("hibernate.search.mapping.configurer", (StandalonePojoMappingConfigurer) context -> {
                    context.addEntityType(Person.class);
                    context.programmaticMapping().type(Person.class).property("id").documentId();
                })
                .build();
    }

    /**
     * An index kept in {@code folder} between runs (-Dpeel.evaluation.index, to try query changes on the
     * 1M population without indexing it again): the people are read and indexed only when the folder is
     * new. Delete the folder after a change to what is indexed.
     */
    static PeopleOnIndex kept(Path folder, Supplier<List<String>> csvLines) {
        boolean fresh = !Files.isDirectory(folder);
        PeopleOnIndex index = new PeopleOnIndex(folder, true);
        if (fresh) {
            index.add(csvLines.get());
        }
        return index;
    }

    /** The people of an import file (the import's own format and reading), indexed and merged as after an import. */
    static PeopleOnIndex imported(List<String> csvLines) {
        PeopleOnIndex index;
        try {
            index = new PeopleOnIndex(Files.createTempDirectory("peel-people-index"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.add(csvLines);
        return index;
    }

    private void add(List<String> csvLines) {
        long id = 0;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        try (SearchSession session = mapping.createSession()) {
            for (int line = 2; line <= csvLines.size(); line++) {
                Person person = person(line, csvLines.get(line - 1));
                pending.add(session.indexer().add(++id, person).toCompletableFuture());
                if (pending.size() == BATCH) {
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
                    pending.clear();
                }
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            session.workspace(Person.class).flush();
            session.workspace(Person.class).mergeSegments();
            session.workspace(Person.class).refresh();
        }
    }

    private static Person person(int line, String text) {
        try {
            ImportRow row = PeopleCsv.parse(line, text);
            Person person = new Person(row.reference(), ImportMerge.source(row), IMPORT);
            ImportMerge.apply(person, row, IMPORT);
            return person;
        } catch (PeopleCsv.BadRow bad) {
            throw new IllegalArgumentException("line " + line + " of the population: " + bad.getMessage(), bad);
        }
    }

    /** The structured search (GET /api/v1/nominals/search). */
    List<PersonHit> find(NameSearch search) {
        return find(search, Set.of());
    }

    /** The structured search by a caller from whom these people (ids: their line in the file, from 1) are hidden. */
    List<PersonHit> find(NameSearch search, Set<Long> hidden) {
        try (SearchSession session = mapping.createSession()) {
            return NameSearchEngine.search(session.search(Person.class), search, hidden);
        }
    }

    /** The search box (GET /api/v1/nominals?q=): every reading of the line. */
    List<PersonHit> find(String line, int limit) {
        SearchLine box = SearchLine.parse(line, limit);
        try (SearchSession session = mapping.createSession()) {
            return NameSearchEngine.search(session.search(Person.class), box.search(), box.readings(), Set.of());
        }
    }

    @Override
    public void close() {
        mapping.close();
        if (kept) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
