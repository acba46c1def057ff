package org.peelrms.nominal.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQuerySelectStep;
import org.hibernate.search.mapper.orm.Search;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.NameSearch;
import org.peelrms.nominal.api.PersonHit;
import org.peelrms.nominal.api.PersonNames;
import org.peelrms.nominal.api.Sex;
import org.peelrms.nominal.internal.matching.NameKeys;
import org.peelrms.nominal.internal.matching.NameMatch;
import org.peelrms.nominal.internal.matching.NameQuery;
import org.peelrms.nominal.internal.matching.NameSearchCalibration;
import org.peelrms.nominal.internal.matching.RecordedName;
import org.peelrms.nominal.internal.matching.StoredNames;

/**
 * The two steps of a name search: the index finds the hundred people who share the most (and rarest)
 * search keys with the query, typing errors allowed on the surname and first forename (a fuzzy match
 * of those keys), those born on the date given with any of the names first; the NameMatcher then
 * scores them properly from the names stored in the index, and only the credible ones, best first,
 * are returned. The stored names are read for the first twenty, and for the other eighty only when
 * none of the twenty is a strong match (ADR 0048); with a date of birth, the first twenty's come with
 * the candidate query itself (ADR 0054).
 * <p>
 * Only Hibernate Search's standard query DSL, on keyword fields whose values are computed in Java
 * ({@link Person}): the same query, and the same candidates, on any backend (ADR 0035). It is given
 * the search to run ({@code session.search(Person.class)}), so the server (Hibernate ORM) and the
 * development-set evaluation (the standalone mapper over a real index) run this same code.
 */
final class NameSearchEngine {
    static final double OTHER_SEX = 0.9;
    /** The dated route's boost: above anything the names' keys add up to (ADR 0035). */
    private static final float DATED = 100f;

    private NameSearchEngine() {
    }

    /** The people index of the server's persistence context, to search. */
    static SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people(EntityManager entityManager) {
        return Search.session(entityManager).search(Person.class);
    }

    /**
     * The search; people in {@code hidden} (restricted, and the caller not on the list) are dropped
     * after the index and before the cut to the limit, so they are neither shown nor counted.
     */
    static List<PersonHit> search(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people, NameSearch search, Set<Long> hidden) {
        return search(people, search, List.of(new NameQuery(search.surname(), search.forenames(),
                search.dateOfBirth(), search.yearOfBirth())), hidden);
    }

    /**
     * The search over every reading of what was typed (the search box's, {@code SearchLine}): one
     * query asks for the keys of all readings, and each candidate is scored by its best reading.
     * {@code search} gives the limit, sex and narrowing.
     */
    static List<PersonHit> search(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people, NameSearch search,
            List<NameQuery> readings, Set<Long> hidden) {
        Map<String, Double> keys = SearchVocabulary.keys().queryKeys(readings);
        List<NameKeys.SwappedRoute> swapped = SearchVocabulary.keys().swappedRoutes(readings);
        Map<String, Integer> fuzzy = SearchVocabulary.keys().fuzzyKeys(readings);
        Function<SearchPredicateFactory, PredicateFinalStep> likely = f -> {
            BooleanPredicateClausesStep<?> any = f.bool();
            narrow(f, any, search.narrowing());
            keys.forEach((key, weight) -> any.should(f.match().field(PeopleSearchFields.KEYS).matching(key)
                    .boost(weight.floatValue())));
            fuzzy.forEach((key, slips) -> any.should(nearSpellings(f, key, slips)));
            swapped.forEach(route -> any.should(swappedRoute(f, route)));
            datedRoute(f, keys).ifPresent(any::should);
            return any;
        };
        List<PersonHit> credible = new ArrayList<>();
        Predicate<List<List<?>>> strongAmong = candidates -> scoreInto(credible, candidates, readings, search.sex());
        boolean dated = readings.stream().anyMatch(NameQuery::dated);
        if (dated) {
            firstPageFirst(people, likely, hidden, strongAmong);
        } else {
            idsFirst(people, likely, hidden, strongAmong);
        }
        credible.sort(Comparator.comparingDouble(PersonHit::score).reversed());
        List<PersonHit> hits = dated ? credible : fewResemblances(credible);
        return hits.size() > search.limit() ? List.copyOf(hits.subList(0, search.limit())) : hits;
    }

    /**
     * Without a date of birth no match is strong, so every candidate is scored: the hundred candidates' ids first
     * (doc values, cheap), then the stored names of the visible ones, the first twenty and then the rest (ADR 0048).
     */
    private static void idsFirst(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people,
            Function<SearchPredicateFactory, PredicateFinalStep> likely, Set<Long> hidden, Predicate<List<List<?>>> strongAmong) {
        List<Long> candidates = visible(ids(people, likely, 0), hidden, Set.of());
        int first = Math.min(NameSearchCalibration.FIRST_CANDIDATES, candidates.size());
        boolean strong = strongAmong.test(stored(people, candidates.subList(0, first)));
        if (!strong && first < candidates.size()) {
            strongAmong.test(stored(people, candidates.subList(first, candidates.size())));
        }
    }

    /**
     * With a date of birth the first twenty usually hold a strong match: their stored names come with the candidate
     * query itself (one index query, not two; ADR 0054), the rest's ids only when none is strong or people hidden
     * from the caller took places among the twenty. The same people are scored, in the same order, as by idsFirst.
     */
    private static void firstPageFirst(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people,
            Function<SearchPredicateFactory, PredicateFinalStep> likely, Set<Long> hidden, Predicate<List<List<?>>> strongAmong) {
        int firstCount = NameSearchCalibration.FIRST_CANDIDATES;
        List<List<?>> page = people.select(NameSearchEngine::storedFields).where(likely)
                .totalHitCountThreshold(NameSearchCalibration.CANDIDATES).fetchHits(firstCount);
        List<List<?>> first = new ArrayList<>(page.stream().filter(person -> !hidden.contains((Long) person.get(0))).toList());
        boolean more = page.size() == firstCount;
        Set<Long> onFirstPage = page.stream().map(person -> (Long) person.get(0)).collect(Collectors.toSet());
        List<Long> rest = null;
        if (more && first.size() < firstCount) {
            List<Long> next = visible(ids(people, likely, firstCount), hidden, onFirstPage);
            int missing = Math.min(firstCount - first.size(), next.size());
            first.addAll(stored(people, next.subList(0, missing)));
            rest = next.subList(missing, next.size());
        }
        if (!strongAmong.test(first) && more) {
            strongAmong.test(stored(people, rest != null ? rest : visible(ids(people, likely, firstCount), hidden, onFirstPage)));
        }
    }

    /** The ids of the candidates from this rank on, up to {@link NameSearchCalibration#CANDIDATES}, best first. */
    private static List<Long> ids(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people,
            Function<SearchPredicateFactory, PredicateFinalStep> likely, int from) {
        // The index may stop counting once it has enough, and so skip people who cannot make the list.
        return people.select(f -> f.id(Long.class)).where(likely)
                .totalHitCountThreshold(NameSearchCalibration.CANDIDATES)
                .fetchHits(from, NameSearchCalibration.CANDIDATES - from);
    }

    /** The ids but those hidden from the caller, and those on the first page (should the index have changed meanwhile). */
    private static List<Long> visible(List<Long> ids, Set<Long> hidden, Set<Long> onFirstPage) {
        return ids.stream().filter(id -> !hidden.contains(id) && !onFirstPage.contains(id)).toList();
    }

    /** What the matcher needs of a person, from the index's stored fields: id, reference, names, sex, markers. */
    private static ProjectionFinalStep<List<?>> storedFields(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field(PeopleSearchFields.REFERENCE, String.class),
                f.field(PeopleSearchFields.NAMES, String.class).multi(),
                f.field(PeopleSearchFields.SEX, Sex.class),
                f.field(PeopleSearchFields.MARKERS, String.class).multi()).asList();
    }

    /** {@link #storedFields} of these people, in the order given: the dearest part of a search, so only for those scored. */
    private static List<List<?>> stored(SearchQuerySelectStep<?, ?, Person, ?, ?, ?> people, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<?>> byId = new HashMap<>();
        people.select(NameSearchEngine::storedFields)
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size())
                .forEach(person -> byId.put((Long) person.get(0), person));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Scores candidates, adding the credible ones to {@code hits}; true when one of them is a strong
     * match ({@link NameSearchCalibration#STRONG}).
     */
    private static boolean scoreInto(List<PersonHit> hits, List<List<?>> candidates, List<NameQuery> readings, Sex sex) {
        boolean strong = false;
        for (List<?> candidate : candidates) {
            PersonHit hit = score(readings, sex, candidate);
            if (hit.score() >= NameSearchCalibration.CUT_OFF) {
                hits.add(hit);
                strong |= hit.score() >= NameSearchCalibration.STRONG;
            }
        }
        return strong;
    }

    /** Best first: everyone with the names as given, and the first few whose names only resemble them. */
    private static List<PersonHit> fewResemblances(List<PersonHit> hits) {
        List<PersonHit> kept = new ArrayList<>();
        int resemblances = 0;
        for (PersonHit hit : hits) {
            if (hit.score() >= NameSearchCalibration.NAMES_AS_GIVEN
                    || resemblances++ < NameSearchCalibration.RESEMBLANCES_UNDATED) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /**
     * The names the other way round: counts only for people who have both a surname key of the
     * forenames given and a forename key of the surname given.
     */
    private static SearchPredicate swappedRoute(SearchPredicateFactory f, NameKeys.SwappedRoute route) {
        BooleanPredicateClausesStep<?> surname = f.bool();
        BooleanPredicateClausesStep<?> forename = f.bool();
        route.surname().forEach((key, weight) -> surname.should(key(f, key, weight)));
        route.forename().forEach((key, weight) -> forename.should(key(f, key, weight)));
        return f.bool().must(surname).must(forename).toPredicate();
    }

    /**
     * The date of birth with a name: the people born on the date given (or a slip of it) who also
     * have any key of the names given come before everyone else, those born on the date itself first.
     * Without it, people known by several names (aliases, the names the other way round) gather so
     * many name keys that, among a million, they crowd out of the hundred candidates the one person
     * with the right date of birth and a slip in the name (ADR 0035).
     */
    private static Optional<SearchPredicate> datedRoute(SearchPredicateFactory f, Map<String, Double> keys) {
        BooleanPredicateClausesStep<?> born = f.bool();
        BooleanPredicateClausesStep<?> named = f.bool();
        boolean dated = false;
        boolean hasName = false;
        for (Map.Entry<String, Double> key : keys.entrySet()) {
            if (NameKeys.isDate(key.getKey())) {
                born.should(f.match().field(PeopleSearchFields.KEYS).matching(key.getKey()).constantScore()
                        .boost(key.getValue().floatValue()));
                dated = true;
            } else {
                named.should(f.match().field(PeopleSearchFields.KEYS).matching(key.getKey()));
                hasName = true;
            }
        }
        if (!dated || !hasName) {
            return Optional.empty();
        }
        return Optional.of(f.bool().must(born).must(named.constantScore()).boost(DATED).toPredicate());
    }

    /**
     * The keys of the same kind within {@code slips} typing slips of {@code key} ("s:smiht" → s:smith,
     * s:smit, s:smyth): a fuzzy match that keeps the kind ("s:", "f:") as it is. Both Lucene and
     * Elasticsearch/OpenSearch take the 50 closest keys and count a swap of two letters as one slip.
     */
    private static SearchPredicate nearSpellings(SearchPredicateFactory f, String key, int slips) {
        return f.match().field(PeopleSearchFields.KEYS).matching(key).fuzzy(slips, NameKeys.kindLength(key))
                .boost((float) NameKeys.nearbyWeight(slips)).toPredicate();
    }

    private static SearchPredicate key(SearchPredicateFactory f, String key, double weight) {
        return f.match().field(PeopleSearchFields.KEYS).matching(key).boost((float) weight).toPredicate();
    }

    /** Rules out people who do not fit what else is known, before any ranking. */
    private static void narrow(SearchPredicateFactory f, BooleanPredicateClausesStep<?> any, NameSearch.Narrowing narrowing) {
        if (narrowing == null || !narrowing.any()) {
            return;
        }
        LocalDate today = LocalDate.now();
        if (narrowing.ageFrom() != null || narrowing.ageTo() != null) {
            LocalDate bornAfter = narrowing.ageTo() == null ? null : today.minusYears(narrowing.ageTo() + 1L).plusDays(1);
            LocalDate bornBefore = narrowing.ageFrom() == null ? null : today.minusYears(narrowing.ageFrom());
            any.filter(f.range().field(PeopleSearchFields.BORN).between(bornAfter, bornBefore));
        }
        if (narrowing.heightFrom() != null || narrowing.heightTo() != null) {
            any.filter(f.range().field(PeopleSearchFields.HEIGHT).between(narrowing.heightFrom(), narrowing.heightTo()));
        }
        if (narrowing.marks() != null && !narrowing.marks().isBlank()) {
            any.filter(f.match().field(PeopleSearchFields.MARKS).matching(narrowing.marks()));
        }
    }

    @SuppressWarnings("unchecked")
    private static PersonHit score(List<NameQuery> readings, Sex sex, List<?> candidate) {
        List<RecordedName> names = ((List<String>) candidate.get(2)).stream().map(StoredNames::decode).toList();
        Sex recorded = (Sex) candidate.get(3);
        NameMatch match = SearchVocabulary.matcher().match(readings, names);
        double score = match.score();
        List<String> explanation = new ArrayList<>();
        explanation.add("matched " + match.name().label());
        explanation.addAll(match.reasons());
        if (sex != null && sex != Sex.UNKNOWN && recorded != Sex.UNKNOWN && sex != recorded) {
            score *= OTHER_SEX;
            explanation.add("recorded as " + recorded.label().toLowerCase());
        }
        RecordedName current = names.get(0);
        return new PersonHit((Long) candidate.get(0), (String) candidate.get(1),
                PersonNames.display(current.forenames(), current.surname()), current.dateOfBirth(), recorded,
                Math.round(score * 1000) / 1000.0, List.copyOf(explanation),
                ((List<String>) candidate.get(4)).stream().map(type -> MarkerType.valueOf(type).label()).toList());
    }
}
