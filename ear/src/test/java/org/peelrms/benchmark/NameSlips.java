package org.peelrms.benchmark;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The slips a name or date of birth goes through between a person and an officer's search, for the
 * benchmark's generated queries: typing errors, sound-alike respellings, diminutives, accents dropped,
 * transliteration variants and spelling conventions, dates of birth a day/month swap or a year out.
 * The benchmark's own tables, written independently of Peel's (the search is measured against them,
 * not built from them). Each slip returns the changed name and a short description of what it did,
 * or nothing when it does not apply.
 */
final class NameSlips {

    /** A changed name or date and what was done to it (the key's detail). */
    record Slip<T>(T value, String detail) {
    }

    private NameSlips() {
    }

    // ---------------------------------------------------------------- typing errors

    /** Letters next to each other on a QWERTY keyboard: a substituted letter is usually a neighbour. */
    private static final Map<Character, String> KEYBOARD = Map.ofEntries(
            Map.entry('q', "wa"), Map.entry('w', "qeas"), Map.entry('e', "wrds"), Map.entry('r', "etdf"),
            Map.entry('t', "ryfg"), Map.entry('y', "tugh"), Map.entry('u', "yihj"), Map.entry('i', "uojk"),
            Map.entry('o', "ipkl"), Map.entry('p', "ol"), Map.entry('a', "qwsz"), Map.entry('s', "awedxz"),
            Map.entry('d', "serfcx"), Map.entry('f', "drtgvc"), Map.entry('g', "ftyhbv"), Map.entry('h', "gyujnb"),
            Map.entry('j', "huikmn"), Map.entry('k', "jiolm"), Map.entry('l', "kop"), Map.entry('z', "asx"),
            Map.entry('x', "zsdc"), Map.entry('c', "xdfv"), Map.entry('v', "cfgb"), Map.entry('b', "vghn"),
            Map.entry('n', "bhjm"), Map.entry('m', "njk"));

    static final List<String> TYPOS = List.of("substitute", "transpose", "delete", "double");

    /** One typing error at a random letter (names of four letters or more only: shorter ones become other names). */
    static Optional<Slip<String>> typo(String name, Random random) {
        if (letters(name) < 4) {
            return Optional.empty();
        }
        String kind = TYPOS.get(random.nextInt(TYPOS.size()));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            boolean next = i + 1 < name.length() && Character.isLetter(name.charAt(i + 1));
            if (Character.isLetter(name.charAt(i)) && (!kind.equals("transpose") || next)) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        char c = name.charAt(at);
        StringBuilder out = new StringBuilder(name);
        switch (kind) {
            case "substitute" -> {
                String near = KEYBOARD.getOrDefault(Character.toLowerCase(c), "aeiou");
                char replacement = near.charAt(random.nextInt(near.length()));
                out.setCharAt(at, Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement);
            }
            case "transpose" -> {
                char next = name.charAt(at + 1);
                boolean capital = Character.isUpperCase(c);
                out.setCharAt(at, capital ? Character.toUpperCase(next) : Character.toLowerCase(next));
                out.setCharAt(at + 1, capital ? Character.toLowerCase(c) : c);
            }
            case "delete" -> {
                out.deleteCharAt(at);
                if (at == 0) {
                    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
                }
            }
            default -> out.insert(at + 1, Character.toLowerCase(c));
        }
        String typed = out.toString();
        return fold(typed).equals(fold(name)) ? Optional.empty() : Optional.of(new Slip<>(typed, "typo-" + kind));
    }

    // ---------------------------------------------------------------- sound-alike respellings

    private record Respelling(Pattern pattern, String replacement, String label) {
    }

    private static Respelling respelling(String regex, String replacement, String label) {
        return new Respelling(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement, label);
    }

    /** Both ways round where both spellings are usual. Applied at one place in the name, chosen at random. */
    private static final List<Respelling> RESPELLINGS = List.of(
            respelling("ph", "f", "ph>f"),
            respelling("f(?=[aeiouyr])", "ph", "f>ph"),
            respelling("(?<=[^aeiou])y(?=[^aeiou]|$)", "i", "y>i"),
            respelling("(?<=[^aeiou])i(?=[^aeiou])", "y", "i>y"),
            respelling("ck", "k", "ck>k"),
            respelling("(?<=[aeiou])k(?![kh])", "ck", "k>ck"),
            respelling("ou", "ow", "ou>ow"),
            respelling("ow", "ou", "ow>ou"),
            respelling("(?<=[aeiou])s(?=[aeiou])", "z", "s>z"),
            respelling("z", "s", "z>s"),
            respelling("ei", "ie", "ei>ie"),
            respelling("ie", "ei", "ie>ei"),
            respelling("([bdfglmnprst])\\1", "$1", "double>single"),
            respelling("(?<=[aeiou])([bdlmnprt])(?=[aeiouy])", "$1$1", "single>double"),
            respelling("c(?=[aou])", "k", "c>k"),
            respelling("(?<=.)k(?=[aou])", "c", "k>c"),
            respelling("son$", "sen", "son>sen"),
            respelling("(?<=[^aeiou])th", "t", "th>t"),
            respelling("ee", "ea", "ee>ea"),
            respelling("ey$", "y", "ey>y"),
            respelling("(?<=[^aeiou])y$", "ie", "y>ie"),
            respelling("ie$", "y", "ie>y"),
            respelling("ai", "ay", "ai>ay"),
            respelling("ay", "ai", "ay>ai"),
            respelling("au", "aw", "au>aw"),
            respelling("oo", "u", "oo>u"),
            respelling("(?<=[^aeiou])e$", "", "final e dropped"),
            respelling("(?<=[aeiou])d$", "t", "d>t"),
            respelling("kh", "k", "kh>k"),
            respelling("q(?!u)", "k", "q>k"),
            respelling("x", "ks", "x>ks"),
            respelling("a$", "ah", "a>ah"),
            respelling("(?<=rk|wn|rn|ld|ok)$", "e", "e added"));

    /** One sound-alike respelling, the rule chosen at random among those that apply. */
    static Optional<Slip<String>> phonetic(String name, Random random) {
        List<Respelling> apply = RESPELLINGS.stream().filter(r -> r.pattern().matcher(name).find()).toList();
        if (apply.isEmpty() || letters(name) < 3) {
            return Optional.empty();
        }
        Respelling rule = apply.get(random.nextInt(apply.size()));
        List<MatchResult> places = rule.pattern().matcher(name).results().toList();
        MatchResult place = places.get(random.nextInt(places.size()));
        String replacement = rule.replacement().replace("$1", place.groupCount() >= 1 && place.group(1) != null
                ? place.group(1) : "").toLowerCase(Locale.ROOT);
        if (place.start() == 0 && !replacement.isEmpty()) {
            replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        String rest = name.substring(place.end());
        if (place.start() == 0 && replacement.isEmpty() && !rest.isEmpty()) {
            rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        StringBuilder out = new StringBuilder(name.substring(0, place.start())).append(replacement).append(rest);
        String respelt = out.toString();
        if (respelt.isEmpty() || fold(respelt).equals(fold(name)) || letters(respelt) < 2) {
            return Optional.empty();
        }
        return Optional.of(new Slip<>(respelt, "phon:" + rule.label()));
    }

    // ---------------------------------------------------------------- diminutives

    /** Usual short forms of a forename (English, Polish); the search should know them (issue 3: Bill/William, Peggy/Margaret). */
    private static final Map<String, List<String>> DIMINUTIVES = Map.ofEntries(
            Map.entry("William", List.of("Bill", "Billy", "Will")), Map.entry("Robert", List.of("Bob", "Rob", "Bobby")),
            Map.entry("Margaret", List.of("Peggy", "Maggie", "Meg")), Map.entry("Elizabeth", List.of("Liz", "Beth", "Lizzie", "Betty")),
            Map.entry("James", List.of("Jim", "Jimmy")), Map.entry("John", List.of("Johnny")),
            Map.entry("Michael", List.of("Mike", "Mick", "Micky")), Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("Anthony", List.of("Tony")), Map.entry("Patrick", List.of("Paddy", "Pat")),
            Map.entry("Edward", List.of("Ted", "Eddie", "Ned")), Map.entry("Christopher", List.of("Chris", "Kit")),
            Map.entry("Jennifer", List.of("Jenny", "Jen")), Map.entry("Catherine", List.of("Kate", "Cathy", "Cath")),
            Map.entry("Alexander", List.of("Alex", "Sandy")), Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Joseph", List.of("Joe", "Joey")), Map.entry("Rebecca", List.of("Becky", "Becca")),
            Map.entry("Samantha", List.of("Sam", "Sammy")), Map.entry("Deborah", List.of("Debbie", "Debs")),
            Map.entry("Susan", List.of("Sue", "Susie")), Map.entry("Francis", List.of("Frank", "Fran")),
            Map.entry("Kimberley", List.of("Kim")), Map.entry("Victoria", List.of("Vicky", "Tori")),
            Map.entry("David", List.of("Dave", "Davy")), Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("Stephen", List.of("Steve")), Map.entry("Richard", List.of("Dick", "Rick", "Rich")),
            Map.entry("Peter", List.of("Pete")), Map.entry("Benjamin", List.of("Ben", "Benny")),
            Map.entry("Samuel", List.of("Sam", "Sammy")), Map.entry("Nicola", List.of("Nicky", "Nic")),
            Map.entry("Patricia", List.of("Pat", "Trish", "Patsy")), Map.entry("Alexandra", List.of("Alex", "Lexi")),
            Map.entry("Abigail", List.of("Abby", "Abbie")), Map.entry("Christine", List.of("Chris", "Chrissie")),
            Map.entry("Jessica", List.of("Jess", "Jessie")), Map.entry("Charlotte", List.of("Lottie", "Charlie")),
            Map.entry("Emily", List.of("Em", "Emmy")), Map.entry("Nathan", List.of("Nate")),
            Map.entry("Oliver", List.of("Ollie")), Map.entry("Kenneth", List.of("Ken", "Kenny")),
            Map.entry("Matthew", List.of("Matt")), Map.entry("Timothy", List.of("Tim")),
            Map.entry("Katarzyna", List.of("Kasia")), Map.entry("Małgorzata", List.of("Gosia", "Małgosia")),
            Map.entry("Tomasz", List.of("Tomek")), Map.entry("Wojciech", List.of("Wojtek")),
            Map.entry("Jakub", List.of("Kuba")), Map.entry("Magdalena", List.of("Magda")),
            Map.entry("Agnieszka", List.of("Aga")), Map.entry("Aleksandra", List.of("Ola")),
            Map.entry("Grzegorz", List.of("Grzesiek")), Map.entry("Krzysztof", List.of("Krzysiek")),
            Map.entry("Piotr", List.of("Piotrek")), Map.entry("Oluwaseun", List.of("Seun")),
            Map.entry("Babajide", List.of("Jide")), Map.entry("Funmilayo", List.of("Funmi")),
            Map.entry("Abdirahman", List.of("Abdi")), Map.entry("Abdullahi", List.of("Abdi")));

    static List<String> diminutives(String forename) {
        return DIMINUTIVES.getOrDefault(forename, List.of());
    }

    // ---------------------------------------------------------------- accents, transliteration, spelling conventions

    /** Groups of spellings of one name across transliterations (Arabic, Urdu and Bengali, Somali, Chinese, Vietnamese). */
    private static final List<List<String>> TRANSLITERATIONS = List.of(
            List.of("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad", "Maxamed"),
            List.of("Ahmed", "Ahmad", "Ahmet", "Axmed"),
            List.of("Yusuf", "Yousef", "Youssef", "Yousuf", "Yusef", "Yuusuf"),
            List.of("Hussain", "Hussein", "Husain", "Hossain"),
            List.of("Hassan", "Hasan", "Xasan"),
            List.of("Ali", "Aly", "Cali"),
            List.of("Omar", "Umar", "Cumar"),
            List.of("Abdi", "Cabdi"),
            List.of("Chowdhury", "Choudhury", "Chaudhry", "Chaudhary", "Choudhry"),
            List.of("Mahmood", "Mahmud", "Mehmood", "Mahmoud"),
            List.of("Mahamud", "Mohamud", "Maxamuud"),
            List.of("Rashid", "Rasheed", "Rachid"),
            List.of("Siddiqui", "Siddiqi", "Siddique"),
            List.of("Qureshi", "Quraishi", "Kureshi"),
            List.of("Rahman", "Rehman", "Rahmaan"),
            List.of("Uddin", "Udin", "Ud-Din"),
            List.of("Ibrahim", "Ebrahim", "Ibraheem"),
            List.of("Osman", "Othman", "Cismaan"),
            List.of("Mustafa", "Mostafa", "Moustafa"),
            List.of("Khalid", "Khaled"),
            List.of("Tariq", "Tarek", "Tarik"),
            List.of("Idris", "Idrees"),
            List.of("Aisha", "Ayesha", "Aysha"),
            List.of("Fatima", "Fatimah", "Fatma"),
            List.of("Zainab", "Zaynab", "Zeinab"),
            List.of("Maryam", "Mariam", "Meryem"),
            List.of("Yasmin", "Yasmeen", "Yasmine"),
            List.of("Nasreen", "Nasrin"),
            List.of("Amina", "Aminah", "Ameena"),
            List.of("Abdirahman", "Abdulrahman", "Abdurahman", "Cabdiraxmaan"),
            List.of("Abdullahi", "Abdulahi", "Cabdullaahi"),
            List.of("Ismail", "Ismael", "Esmail", "Ismaaciil"),
            List.of("Said", "Saeed", "Sayed"),
            List.of("Al-Sayed", "El-Sayed", "Alsayed"),
            List.of("Mansour", "Mansoor", "Mansur"),
            List.of("Nasser", "Naser", "Nasir"),
            List.of("Saleh", "Salih"),
            List.of("Farah", "Faarax"),
            List.of("Jama", "Jaamac"),
            List.of("Aden", "Adan", "Aadan"),
            List.of("Elmi", "Cilmi"),
            List.of("Hersi", "Xirsi"),
            List.of("Dahir", "Daahir"),
            List.of("Nur", "Noor", "Nuur"),
            List.of("Haji", "Hajji", "Xaaji"),
            List.of("Halima", "Halimah", "Xaliimo"),
            List.of("Hawa", "Xawa"),
            List.of("Fadumo", "Faadumo", "Fatuma"),
            List.of("Layla", "Leila", "Laila"),
            List.of("Samira", "Sameera"),
            List.of("Karim", "Kareem"),
            List.of("Hamza", "Hamzah"),
            List.of("Imran", "Emran"),
            List.of("Bilal", "Belal"),
            List.of("Faisal", "Faysal", "Faizal"),
            List.of("Zain", "Zayn", "Zane"),
            List.of("Adeel", "Adil"),
            List.of("Nadeem", "Nadim"),
            List.of("Amir", "Ameer", "Aamir"),
            List.of("Akhtar", "Akhter", "Akthar"),
            List.of("Begum", "Begam"),
            List.of("Iqbal", "Ikbal"),
            List.of("Miah", "Mia", "Meah"),
            List.of("Haque", "Haq", "Huq"),
            List.of("Anwar", "Anwer"),
            List.of("Kaur", "Kour"),
            List.of("Jaswinder", "Jasvinder"),
            List.of("Zhang", "Chang", "Cheung"),
            List.of("Wang", "Wong"),
            List.of("Chen", "Chan"),
            List.of("Li", "Lee"),
            List.of("Liu", "Lau"),
            List.of("Huang", "Hwang"),
            List.of("Zhao", "Chao", "Chiu"),
            List.of("Zhou", "Chou", "Chow"),
            List.of("Wu", "Woo"),
            List.of("Xu", "Hsu", "Tsui"),
            List.of("Guo", "Kuo", "Kwok"),
            List.of("Yang", "Yeung"),
            List.of("Zhu", "Chu"),
            List.of("He", "Ho"),
            List.of("Lin", "Lam"),
            List.of("Nguyen", "Nguyễn", "Ngyuen"),
            List.of("Tran", "Trần"),
            List.of("Pham", "Phạm"),
            List.of("Jun", "Chun"),
            List.of("Jie", "Chieh"),
            List.of("Jian", "Chien"),
            List.of("Xin", "Hsin"),
            List.of("Jing", "Ching"),
            List.of("Hui", "Hwee"),
            List.of("Mei", "May"));

    /** Accents an English keyboard leaves out: the name written in plain letters (Łukasz → Lukasz). */
    static Optional<Slip<String>> withoutAccents(String name) {
        String plain = plainLetters(name);
        return plain.equals(name) ? Optional.empty() : Optional.of(new Slip<>(plain, "accents:" + name + ">" + plain));
    }

    /** Another usual transliteration of the name (Mohammed → Muhammad, Hassan → Xasan, Zhang → Cheung). */
    static Optional<Slip<String>> transliteration(String name, Random random) {
        for (List<String> group : TRANSLITERATIONS) {
            if (group.contains(name)) {
                List<String> others = group.stream().filter(n -> !n.equals(name)).toList();
                String other = others.get(random.nextInt(others.size()));
                return Optional.of(new Slip<>(other, "translit:" + name + ">" + other));
            }
        }
        return Optional.empty();
    }

    /** Spelling conventions of a surname: the apostrophe of O'Brien, Mc and Mac, a hyphen left out or a space for it. */
    static Optional<Slip<String>> spellingConvention(String surname, Random random) {
        List<String> variants = new ArrayList<>();
        if (surname.matches("O'[A-Z].*")) {
            variants.add("O" + surname.substring(2));
            variants.add("O " + surname.substring(2));
        }
        if (surname.matches("Mc[A-Z].*")) {
            variants.add("Mac" + surname.substring(2));
            variants.add("Mc " + surname.substring(2));
        } else if (surname.matches("Mac[a-z].*")) {
            variants.add("Mc" + Character.toUpperCase(surname.charAt(3)) + surname.substring(4));
            variants.add("Mac" + Character.toUpperCase(surname.charAt(3)) + surname.substring(4));
        }
        if (surname.matches("[A-Z][a-z]+-[A-Z][a-z]+")) {
            variants.add(surname.replace('-', ' '));
            variants.add(surname.replace("-", ""));
        }
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        String variant = variants.get(random.nextInt(variants.size()));
        return Optional.of(new Slip<>(variant, "form:" + surname + ">" + variant));
    }

    // ---------------------------------------------------------------- dates of birth

    static final List<String> DOB_SLIPS = List.of("dm-swap", "year+1", "year-1");

    /** Day and month swapped (where that makes another date), or the year one out. */
    static Optional<Slip<LocalDate>> dob(LocalDate dob, Random random) {
        String kind = DOB_SLIPS.get(random.nextInt(DOB_SLIPS.size()));
        LocalDate slipped = switch (kind) {
            case "dm-swap" -> dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                    ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : null;
            case "year+1" -> dob.plusYears(1);
            default -> dob.minusYears(1);
        };
        return slipped == null ? Optional.empty() : Optional.of(new Slip<>(slipped, "dob:" + kind));
    }

    /** The dates a slipped date of birth could have come from, and itself. */
    static List<LocalDate> dobNeighbours(LocalDate dob) {
        List<LocalDate> near = new ArrayList<>(List.of(dob, dob.plusYears(1), dob.minusYears(1)));
        if (dob.getDayOfMonth() <= 12) {
            near.add(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
        }
        return near;
    }

    // ---------------------------------------------------------------- comparing names

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Plain letters: accents taken off (and the letters that do not decompose: ł, ø, đ, ß). */
    static String plainLetters(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name;
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            switch (c) {
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** For telling whether two written names are the same name: plain lower-case letters only. */
    static String fold(String name) {
        String plain = plainLetters(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int letters(String name) {
        return (int) name.chars().filter(Character::isLetter).count();
    }
}
