package org.peelrms.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.peelrms.benchmark.DemoSet.Person;
import org.peelrms.benchmark.NameSearchBenchmark.Query;
import org.peelrms.benchmark.NameSlips.Slip;

/**
 * Queries with known answers, made with a fixed seed from the people Peel's demo generator created:
 * the development set's classes (typo, phonetic, alias, no_forename, dob_typo, negative) and the other
 * slips issue 3 names (nickname, swapped, transliteration with accents and spelling conventions, two
 * slips at once). Every positive query has exactly one right answer: a query is dropped when another
 * person fits it as well (the same name, as written or as meant, with a date of birth that fits just as
 * well), which matters here because the demo population has few distinct names and many namesakes.
 */
final class DemoQueries {
    static final long SEED = 20261130L;

    /** How many queries of each class (about 2000, mixed like the development set). */
    static final Map<String, Integer> PLAN = plan();

    private static Map<String, Integer> plan() {
        Map<String, Integer> plan = new LinkedHashMap<>();
        plan.put("typo", 300);
        plan.put("phonetic", 300);
        plan.put("alias", 250);
        plan.put("no_forename", 150);
        plan.put("dob_typo", 200);
        plan.put("nickname", 150);
        plan.put("swapped", 150);
        plan.put("transliteration", 150);
        plan.put("two_slips", 200);
        plan.put("negative", 150);
        return Collections.unmodifiableMap(plan);
    }

    /** Share of name queries sent without a date of birth (when the full name alone is unique), as in the development set. */
    private static final int NO_DOB_PERCENT = 20;
    /** Share of people with more than one forename who are searched with all of them (else the first only). */
    private static final int ALL_FORENAMES_PERCENT = 30;
    private static final int NEGATIVE_NO_DOB_PERCENT = 25;
    private static final int ATTEMPTS_PER_QUERY = 200;

    /** Realistic surnames for a Manchester-like mix; those anyone in the population bears are left out. */
    static final List<String> NEGATIVE_SURNAMES = List.of(
            "Atkinson", "Dixon", "Fletcher", "Hudson", "Marshall", "Pearson", "Shaw", "Spencer", "Watson", "Webb",
            "Mills", "Palmer", "Porter", "Reid", "Richardson", "Russell", "Simpson", "Stevens", "Chapman", "Cole",
            "Cox", "Ellis", "Ford", "Gibson", "Graham", "Hunt", "Knight", "Lawrence", "Mason", "Matthews", "Murray",
            "Owen", "Parker", "Payne", "Pollard", "Rowe", "Saunders", "Sharp", "Stone", "Tucker", "Wallace", "Warren",
            "Webster", "Wheeler", "Whittaker", "Holden", "Crompton", "Haworth", "Lomax", "Openshaw", "Duckworth",
            "Heywood", "Schofield", "Brennan", "Flanagan", "Quinn", "Sheridan", "Nolan", "Donnelly", "Kavanagh",
            "Bhatti", "Javed", "Mehta", "Joshi", "Patil", "Dhillon", "Grewal", "Bains", "Hanif", "Latif", "Rafiq",
            "Zaman", "Kiani", "Abbasi", "Rana", "Zając", "Sikora", "Baran", "Duda", "Wilk", "Głowacki", "Sadowski",
            "Czarnecki", "Kubiak", "Urbański", "Guled", "Egal", "Samatar", "Barre", "Qassim", "Khalil", "Darwish",
            "Khoury", "Barakat", "Adewale", "Okoro", "Nwachukwu", "Oyewole", "Agyeman", "Appiah", "Danquah",
            "Olawale", "Deng", "Feng", "Luo", "Song", "Tan", "Cao", "Vu", "Dang", "Bui");

    /** One name a person is on file under (the current one or another), as the ground truth compares names. */
    private record Entry(Person person, String surname, String firstForename, String forenames, Set<LocalDate> dobs) {
    }

    /** A name to look for namesakes of: surname, first forename (empty: any) and all forenames, folded. */
    private record Key(String surname, String firstForename, String forenames) {
    }

    /** A query being made: the name it comes from and what it has become. */
    private static final class Draft {
        final Person person;
        final String sourceSurname;
        final List<String> sourceForenames;
        final LocalDate sourceDob;
        String surname;
        List<String> forenames;
        LocalDate dob;
        boolean dobSlipped;
        boolean swapped;
        final Set<String> partsSlipped = new HashSet<>();
        final List<String> details = new ArrayList<>();

        Draft(Person person, String surname, List<String> forenames, LocalDate dob) {
            this.person = person;
            this.sourceSurname = surname;
            this.sourceForenames = forenames;
            this.sourceDob = dob;
            this.surname = surname;
            this.forenames = new ArrayList<>(forenames);
            this.dob = dob;
        }

        String part(String which) {
            return which.equals("surname") ? surname : forenames.get(0);
        }

        void set(String which, String value) {
            if (which.equals("surname")) {
                surname = value;
            } else {
                forenames.set(0, value);
            }
        }
    }

    private final List<Person> people;
    private final Random random = new Random(SEED);
    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    private final Set<String> forenamesOnFile = new HashSet<>();
    private final List<LocalDate> dobs = new ArrayList<>();
    /** The negative surnames no one on file bears (worked out once), and the name on file one letter away from each, if any. */
    private List<String> absentSurnames;
    private final Map<String, String> nearest = new HashMap<>();

    private DemoQueries(List<Person> people) {
        this.people = people;
        for (Person person : people) {
            add(person, person.surname(), person.forenames(), person.dob());
            person.otherNames().forEach(other -> add(person, other.surname(), other.forenames(),
                    other.dob() != null ? other.dob() : person.dob()));
            if (person.dob() != null) {
                dobs.add(person.dob());
            }
        }
    }

    private void add(Person person, String surname, String forenames, LocalDate dob) {
        List<String> names = words(forenames);
        names.forEach(n -> forenamesOnFile.add(NameSlips.fold(n)));
        Set<LocalDate> dates = new HashSet<>();
        if (dob != null) {
            dates.add(dob);
        }
        if (person.dob() != null) {
            dates.add(person.dob());
        }
        bySurname.computeIfAbsent(NameSlips.fold(surname), k -> new ArrayList<>()).add(new Entry(person,
                NameSlips.fold(surname), names.isEmpty() ? "" : NameSlips.fold(names.get(0)), foldAll(names), dates));
    }

    /** The queries, in a seeded shuffled order (classes mixed), numbered G00001 on. */
    static List<Query> generate(List<Person> people) {
        return new DemoQueries(people).generate();
    }

    private List<Query> generate() {
        if (people.isEmpty()) {
            throw new IllegalStateException("The demo population is empty: no queries to make");
        }
        List<Query> made = new ArrayList<>();
        for (Map.Entry<String, Integer> planned : PLAN.entrySet()) {
            String kind = planned.getKey();
            int wanted = planned.getValue();
            int before = made.size();
            for (int attempt = 0; made.size() - before < wanted && attempt < wanted * ATTEMPTS_PER_QUERY; attempt++) {
                (kind.equals("negative") ? negative() : positive(kind)).ifPresent(made::add);
            }
            if (made.size() - before < wanted) {
                System.out.println("[demo] only " + (made.size() - before) + " of " + wanted + " " + kind
                        + " queries could be made from this population");
            }
        }
        Collections.shuffle(made, random);
        List<Query> numbered = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            Query q = made.get(i);
            numbered.add(new Query(String.format("G%05d", i + 1), q.surname(), q.forenames(), q.dob(), q.kind(),
                    q.expected(), q.detail()));
        }
        return numbered;
    }

    // ---------------------------------------------------------------- positive queries

    private Optional<Query> positive(String kind) {
        Person person = people.get(random.nextInt(people.size()));
        if (person.dob() == null || words(person.forenames()).isEmpty()) {
            return Optional.empty();
        }
        Draft d;
        if (kind.equals("alias")) {
            if (person.otherNames().isEmpty()) {
                return Optional.empty();
            }
            DemoSet.OtherName other = person.otherNames().get(random.nextInt(person.otherNames().size()));
            if (words(other.forenames()).isEmpty()) {
                return Optional.empty();
            }
            d = draft(person, other.surname(), other.forenames(), other.dob() != null ? other.dob() : person.dob());
            d.details.add("alias:" + other.type() + ":" + other.forenames() + " " + other.surname());
        } else {
            d = draft(person, person.surname(), person.forenames(), person.dob());
        }
        boolean made = switch (kind) {
            case "typo" -> typo(d, anyPart());
            case "phonetic" -> phonetic(d, anyPart());
            case "alias" -> true;
            case "no_forename" -> {
                d.forenames = new ArrayList<>();
                d.details.add("no-forename");
                yield true;
            }
            case "dob_typo" -> dobSlip(d);
            case "nickname" -> nickname(d);
            case "swapped" -> swap(d);
            case "transliteration" -> transliterate(d);
            case "two_slips" -> twoSlips(d);
            default -> throw new IllegalArgumentException(kind);
        };
        if (!made) {
            return Optional.empty();
        }
        boolean nameOnly = !d.dobSlipped && !kind.equals("no_forename") && !kind.equals("two_slips");
        if (nameOnly && random.nextInt(100) < NO_DOB_PERCENT) {
            LocalDate dob = d.dob;
            d.dob = null;
            if (!unambiguous(d)) {
                d.dob = dob;
            }
        }
        if (!unambiguous(d)) {
            return Optional.empty();
        }
        return Optional.of(new Query("", d.surname, String.join(" ", d.forenames), d.dob == null ? "" : d.dob.toString(),
                kind, person.ref(), String.join(" + ", d.details)));
    }

    private Draft draft(Person person, String surname, String forenames, LocalDate dob) {
        List<String> names = words(forenames);
        List<String> given = names.size() > 1 && random.nextInt(100) < ALL_FORENAMES_PERCENT ? names : names.subList(0, 1);
        return new Draft(person, surname, List.copyOf(given), dob);
    }

    private String anyPart() {
        return random.nextInt(100) < 60 ? "surname" : "forename";
    }

    private boolean typo(Draft d, String part) {
        return slip(d, part, NameSlips.typo(d.part(part), random));
    }

    private boolean phonetic(Draft d, String part) {
        return slip(d, part, NameSlips.phonetic(d.part(part), random));
    }

    private boolean slip(Draft d, String part, Optional<Slip<String>> slip) {
        if (slip.isEmpty() || d.partsSlipped.contains(part)) {
            return false;
        }
        d.set(part, slip.get().value());
        d.partsSlipped.add(part);
        d.details.add(part + ":" + slip.get().detail());
        return true;
    }

    private boolean dobSlip(Draft d) {
        Optional<Slip<LocalDate>> slip = NameSlips.dob(d.dob, random);
        if (slip.isEmpty()) {
            return false;
        }
        d.dob = slip.get().value();
        d.dobSlipped = true;
        d.details.add(slip.get().detail());
        return true;
    }

    /** The first forename as a diminutive Peel has not been told about for this person, and that no one on file is called. */
    private boolean nickname(Draft d) {
        if (d.partsSlipped.contains("forename")) {
            return false;
        }
        String forename = d.forenames.get(0);
        List<String> usable = NameSlips.diminutives(forename).stream()
                .filter(n -> !forenamesOnFile.contains(NameSlips.fold(n)))
                .filter(n -> d.person.otherNames().stream().noneMatch(o -> words(o.forenames()).stream()
                        .anyMatch(f -> NameSlips.fold(f).equals(NameSlips.fold(n)))))
                .toList();
        if (usable.isEmpty()) {
            return false;
        }
        String diminutive = usable.get(random.nextInt(usable.size()));
        d.forenames.set(0, diminutive);
        d.partsSlipped.add("forename");
        d.details.add("forename:nickname:" + forename + ">" + diminutive);
        return true;
    }

    /** Surname and first forename the other way round (done last, after any other slip of the name). */
    private boolean swap(Draft d) {
        String forename = d.forenames.get(0);
        if (NameSlips.fold(forename).equals(NameSlips.fold(d.surname))) {
            return false;
        }
        d.forenames = new ArrayList<>(List.of(d.surname));
        d.surname = forename;
        d.swapped = true;
        d.details.add("swapped");
        return true;
    }

    /**
     * Accents left out (all of the name, as an English keyboard types it), or another transliteration of
     * the surname or a forename, or another spelling convention of the surname (O'Brien, Mc/Mac, hyphens).
     */
    private boolean transliterate(Draft d) {
        List<BooleanSupplier> ways = new ArrayList<>();
        String written = name(d);
        String plain = NameSlips.plainLetters(written);
        if (!plain.equals(written)) {
            ways.add(() -> {
                d.surname = NameSlips.plainLetters(d.surname);
                d.forenames.replaceAll(NameSlips::plainLetters);
                d.details.add("name:accents:" + written + ">" + plain);
                return true;
            });
        }
        for (String part : List.of("surname", "forename")) {
            Optional<Slip<String>> other = NameSlips.transliteration(d.part(part), random);
            if (other.isPresent() && !d.partsSlipped.contains(part)) {
                ways.add(() -> slip(d, part, other));
            }
        }
        Optional<Slip<String>> convention = NameSlips.spellingConvention(d.surname, random);
        if (convention.isPresent() && !d.partsSlipped.contains("surname")) {
            ways.add(() -> slip(d, "surname", convention));
        }
        return !ways.isEmpty() && ways.get(random.nextInt(ways.size())).getAsBoolean();
    }

    private static final List<String> SLIPS = List.of("typo", "phonetic", "nickname", "transliteration", "swapped", "dob");

    /** Two different slips at once, on different parts of the name (a swap or a date of birth with anything). */
    private boolean twoSlips(Draft d) {
        List<String> kinds = new ArrayList<>(SLIPS);
        Collections.shuffle(kinds, random);
        List<String> two = new ArrayList<>(kinds.subList(0, 2));
        // Transliteration first (it looks the name up in its tables), the swap after every change to the name.
        two.sort((a, b) -> Integer.compare(order(a), order(b)));
        for (String kind : two) {
            boolean done = switch (kind) {
                case "typo" -> typo(d, freePart(d));
                case "phonetic" -> phonetic(d, freePart(d));
                case "nickname" -> nickname(d);
                case "transliteration" -> transliterate(d);
                case "swapped" -> swap(d);
                default -> dobSlip(d);
            };
            if (!done) {
                return false;
            }
        }
        return true;
    }

    private static int order(String kind) {
        return switch (kind) {
            case "transliteration" -> 0;
            case "nickname" -> 1;
            case "swapped" -> 3;
            case "dob" -> 4;
            default -> 2;
        };
    }

    private String freePart(Draft d) {
        if (d.partsSlipped.contains("surname")) {
            return "forename";
        }
        return d.partsSlipped.contains("forename") ? "surname" : anyPart();
    }

    // ---------------------------------------------------------------- one right answer

    /**
     * True when no other person fits the query as well as the expected one: nobody else on file under the
     * name the query was made from, nor under the name as written (in either order after a swap), with a date
     * of birth that fits as well (the same date; for a slipped date, any date it could have come from). Without
     * a date, nobody else whose forenames begin with the ones given (Niamh Hall fits Niamh Hannah Hall as well).
     */
    private boolean unambiguous(Draft d) {
        List<Key> keys = new ArrayList<>();
        boolean surnameOnly = d.forenames.isEmpty();
        keys.add(key(d.sourceSurname, surnameOnly ? List.of() : d.sourceForenames));
        keys.add(key(d.surname, d.forenames));
        if (d.swapped) {
            keys.add(key(d.forenames.get(0), List.of(d.surname)));
        }
        Set<LocalDate> fitting = d.dob == null ? Set.of()
                : d.dobSlipped ? Set.copyOf(NameSlips.dobNeighbours(d.dob)) : Set.of(d.dob);
        for (Key key : keys) {
            for (Entry entry : bySurname.getOrDefault(key.surname(), List.of())) {
                if (entry.person() == d.person
                        || (!key.firstForename().isEmpty() && !entry.firstForename().equals(key.firstForename()))) {
                    continue;
                }
                boolean fits = d.dob == null
                        ? entry.forenames().equals(key.forenames()) || entry.forenames().startsWith(key.forenames() + " ")
                        : entry.dobs().stream().anyMatch(fitting::contains);
                if (fits) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Key key(String surname, List<String> forenames) {
        return new Key(NameSlips.fold(surname), forenames.isEmpty() ? "" : NameSlips.fold(forenames.get(0)),
                foldAll(forenames));
    }

    // ---------------------------------------------------------------- negative queries

    /** A surname no one on file bears, with a forename someone on file has; a date of birth three times in four. */
    private Optional<Query> negative() {
        if (absentSurnames == null) {
            absentSurnames = NEGATIVE_SURNAMES.stream().filter(s -> !bySurname.containsKey(NameSlips.fold(s))).toList();
        }
        if (absentSurnames.isEmpty()) {
            return Optional.empty();
        }
        String surname = absentSurnames.get(random.nextInt(absentSurnames.size()));
        Person someone = people.get(random.nextInt(people.size()));
        List<String> forenames = words(someone.forenames());
        if (forenames.isEmpty()) {
            return Optional.empty();
        }
        String dob = random.nextInt(100) < NEGATIVE_NO_DOB_PERCENT || dobs.isEmpty() ? ""
                : dobs.get(random.nextInt(dobs.size())).plusDays(random.nextInt(61) - 30).toString();
        String near = nearest.computeIfAbsent(surname, absent -> bySurname.keySet().stream()
                .filter(s -> NameSlips.distance(s, NameSlips.fold(absent)) <= 1).sorted().findFirst()
                .map(s -> ":near:" + s).orElse(""));
        return Optional.of(new Query("", surname, forenames.get(0), dob, "negative", "", "absent-name" + near));
    }

    // ---------------------------------------------------------------- small things

    private static String name(Draft d) {
        return String.join(" ", d.forenames) + " " + d.surname;
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static String foldAll(List<String> names) {
        return String.join(" ", names.stream().map(NameSlips::fold).toList());
    }
}
