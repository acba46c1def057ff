package org.peelrms.demo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.peelrms.nominal.api.MarkKind;
import org.peelrms.nominal.api.MarkerType;
import org.peelrms.nominal.api.NameType;
import org.peelrms.nominal.api.NewPerson;
import org.peelrms.nominal.api.OtherName;
import org.peelrms.nominal.api.Sex;

/**
 * Makes a realistic synthetic population: the mix of names a large English city sees (British and
 * Irish, South Asian, Polish, Somali and Arabic, West African, Chinese), ages 10 to 90, about a
 * third with other names (nicknames, previous (maiden) names, aliases and recorded misspellings),
 * heights for most, and a few with warning markers and identifying marks.
 * Seeded, so every installation gets the same people.
 */
final class DemoPeopleGenerator {

    private record Origin(int weight, String[] surnames, String[] male, String[] female) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin(55,
                    words("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker"
                            + " White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Moore Hill Cooper"
                            + " Ward Morris King Harrison Baker Lee Lewis Kelly Murphy O'Brien Byrne Ryan Doyle"
                            + " McCarthy Gallagher Walsh Fitzgerald Sutcliffe Ashworth Hargreaves Greenwood Pickup"
                            + " Kershaw Entwistle Whitworth Ramsbottom Butterworth Smyth Thomson Macdonald Stewart"
                            + " Campbell Fraser Jones-Parry Lloyd-Davies Bennett Barlow Collins Holt"),
                    words("John William James David Michael Robert Thomas Daniel Joseph Paul Mark Andrew Christopher"
                            + " Anthony Stephen Liam Jack Harry George Oliver Charlie Connor Callum Kieran Ryan Sean"
                            + " Patrick Declan Kevin Gary Wayne Dean Lee Craig Jamie Nathan Jordan Tyler Brandon"
                            + " Richard Edward Peter Alan Keith Brian Francis Alexander Benjamin Samuel"),
                    words("Margaret Elizabeth Sarah Emma Claire Rebecca Laura Jessica Hannah Chloe Megan Amy Lauren"
                            + " Sophie Katie Charlotte Emily Olivia Grace Jade Stacey Kerry Donna Tracey Julie Karen"
                            + " Susan Patricia Linda Catherine Siobhan Niamh Aoife Bridget Mary Anne Jennifer Nicola"
                            + " Rachel Victoria Alexandra Abigail Samantha Deborah Kimberley Christine Gemma")),
            new Origin(16,
                    words("Khan Ahmed Hussain Ali Patel Akhtar Begum Iqbal Mahmood Rashid Shah Malik Mirza Qureshi"
                            + " Chaudhry Siddiqui Sharma Singh Kaur Gill Sandhu Mistry Desai Rahman Uddin Chowdhury"
                            + " Islam Miah Bibi Haque Nawaz Aslam Butt Raja Anwar"),
                    words("Mohammed Muhammad Mohamed Ahmed Ali Imran Usman Bilal Hamza Zain Adeel Tariq Asif Faisal"
                            + " Kamran Arjun Rajesh Sanjay Vikram Harpreet Gurpreet Jaswinder Amir Yusuf Ibrahim"
                            + " Sajid Rizwan Shahid Nadeem Irfan"),
                    words("Fatima Aisha Ayesha Zainab Maryam Amina Sana Nazia Shabana Farah Hina Saima Rubina"
                            + " Yasmin Nasreen Priya Anjali Sunita Harjit Simran Parveen Shazia Bushra Samina Rukhsana")),
            new Origin(9,
                    words("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański"
                            + " Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski"
                            + " Nowakowski Pawłowski Michalski Król Wieczorek Jabłoński Wróbel"),
                    words("Łukasz Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Mateusz Kamil Grzegorz Wojciech"
                            + " Adam Marek Dariusz Rafał Sebastian Bartosz Szymon Andrzej"),
                    words("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika"
                            + " Zofia Natalia Karolina Weronika Dorota Agata Justyna Beata Paulina Marta")),
            new Origin(8,
                    words("Mohamed Abdi Hassan Ahmed Farah Warsame Yusuf Omar Abdullahi Osman Jama Nur Ismail"
                            + " Said Aden Haji Elmi Hersi Mahamud Dahir Al-Sayed Haddad Mansour Nasser Saleh"),
                    words("Abdirahman Abdullahi Mohamed Ahmed Hassan Omar Yusuf Ismail Khalid Mustafa Abdi"
                            + " Ibrahim Karim Tarek Youssef Hamza Idris"),
                    words("Hodan Fadumo Ayaan Hawa Amina Sahra Ifrah Nimco Asha Halima Layla Mariam Noor"
                            + " Samira Yasmin Rania Leila")),
            new Origin(7,
                    words("Okafor Adeyemi Okonkwo Obi Eze Nwosu Adebayo Balogun Oyelaran Mensah Boateng Owusu"
                            + " Asante Osei Afolabi Ogunleye Chukwu Nnamdi Campbell Clarke Francis Grant Gordon"),
                    words("Chinedu Emeka Oluwaseun Tunde Kwame Kofi Yaw Segun Femi Obinna Chidi Ikenna Babajide"
                            + " Delroy Winston Marcus Leon Tyrone"),
                    words("Ngozi Chioma Adaeze Funmilayo Folake Abena Akosua Ama Efua Yetunde Blessing Precious"
                            + " Comfort Grace Marcia Simone Shanice")),
            new Origin(5,
                    words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Cheung"
                            + " Wong Chan Lam Ng Tang Nguyen Tran Pham"),
                    words("Wei Jun Hao Jie Lei Ming Tao Yong Jian Bo Kai Long Minh Duc Tuan"),
                    words("Mei Ling Xin Yan Hui Jing Fang Li Na Hong Ying Lan Thu Linh Hoa")));

    /** Diminutives that appear as nicknames; the full table of forms is part of the search (issue 3). */
    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("William", "Bill"), Map.entry("Robert", "Bob"), Map.entry("Richard", "Dick"),
            Map.entry("Margaret", "Peggy"), Map.entry("Elizabeth", "Liz"), Map.entry("James", "Jim"),
            Map.entry("Michael", "Mick"), Map.entry("Thomas", "Tommy"), Map.entry("Anthony", "Tony"),
            Map.entry("Patrick", "Paddy"), Map.entry("Edward", "Ted"), Map.entry("Christopher", "Chris"),
            Map.entry("Jennifer", "Jenny"), Map.entry("Catherine", "Kate"), Map.entry("Alexander", "Alex"),
            Map.entry("Daniel", "Danny"), Map.entry("Joseph", "Joe"), Map.entry("Rebecca", "Becky"),
            Map.entry("Samantha", "Sam"), Map.entry("Deborah", "Debbie"), Map.entry("Susan", "Sue"),
            Map.entry("Francis", "Frank"), Map.entry("Kimberley", "Kim"), Map.entry("Victoria", "Vicky"));

    private static final MarkerType[] MARKERS = {MarkerType.VIOLENCE, MarkerType.DRUGS, MarkerType.WEAPONS,
        MarkerType.SELF_HARM, MarkerType.MENTAL_HEALTH, MarkerType.VULNERABLE_ADULT, MarkerType.ESCAPE_RISK};

    private static final String[][] MARKS = {
        {"TATTOO", "dragon", "left forearm"}, {"TATTOO", "rose with the name KAREN", "right upper arm"},
        {"TATTOO", "MUFC crest", "back of neck"}, {"SCAR", "3 cm straight scar", "left cheek"},
        {"SCAR", "surgical scar", "abdomen"}, {"MARK", "port-wine birthmark", "right side of neck"},
        {"PIERCING", "ring", "left eyebrow"}};

    private static final int TOTAL_WEIGHT = ORIGINS.stream().mapToInt(Origin::weight).sum();

    private final Random random;
    private final LocalDate today;

    DemoPeopleGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    NewPerson next(int number) {
        Origin origin = pickOrigin();
        Sex sex = random.nextInt(100) < 52 ? Sex.MALE : Sex.FEMALE;
        String forename = pick(sex == Sex.MALE ? origin.male() : origin.female());
        String forenames = random.nextInt(100) < 40
                ? forename + " " + pick(sex == Sex.MALE ? origin.male() : origin.female())
                : forename;
        String surname = pick(origin.surnames());
        LocalDate dateOfBirth = today.minusYears(10 + random.nextInt(80)).minusDays(random.nextInt(365));
        Integer height = random.nextInt(100) < 60 ? (sex == Sex.MALE ? 165 : 152) + random.nextInt(25) : null;
        List<MarkerType> markers = random.nextInt(100) < 8
                ? List.of(MARKERS[random.nextInt(MARKERS.length)]) : List.of();
        List<NewPerson.Mark> marks = random.nextInt(100) < 6 ? List.of(mark(MARKS[random.nextInt(MARKS.length)])) : List.of();
        return new NewPerson(String.format("DEMO-%06d", number), forenames, surname, dateOfBirth, sex,
                height, otherNames(origin, sex, forename, surname, dateOfBirth), markers, marks);
    }

    private List<OtherName> otherNames(Origin origin, Sex sex, String forename, String surname, LocalDate dob) {
        List<OtherName> names = new ArrayList<>();
        int roll = random.nextInt(100);
        if (roll < 10 && NICKNAMES.containsKey(forename)) {
            names.add(new OtherName(NameType.NICKNAME, NICKNAMES.get(forename), surname, null));
        } else if (roll < 18 && sex == Sex.FEMALE) {
            names.add(new OtherName(NameType.PREVIOUS, forename, pick(origin.surnames()), null));
        } else if (roll < 28) {
            String aliasForename = pick(sex == Sex.MALE ? origin.male() : origin.female());
            names.add(new OtherName(NameType.ALIAS, aliasForename, pick(pickOrigin().surnames()), dob.plusDays(
                    random.nextInt(3) == 0 ? 365 : 0)));
        } else if (roll < 34) {
            names.add(new OtherName(NameType.MISSPELLING, forename, misspell(surname), null));
        }
        if (!names.isEmpty() && random.nextInt(100) < 20) {
            names.add(new OtherName(NameType.ALIAS, forename, pick(origin.surnames()), null));
        }
        return names;
    }

    private String misspell(String surname) {
        if (surname.length() < 4) {
            return surname + surname.charAt(surname.length() - 1);
        }
        int at = 1 + random.nextInt(surname.length() - 2);
        char[] letters = surname.toCharArray();
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        return new String(letters);
    }

    private Origin pickOrigin() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Origin origin : ORIGINS) {
            roll -= origin.weight();
            if (roll < 0) {
                return origin;
            }
        }
        return ORIGINS.get(0);
    }

    private static NewPerson.Mark mark(String[] row) {
        return new NewPerson.Mark(MarkKind.valueOf(row[0]), row[1], row[2]);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String[] words(String text) {
        return text.split(" ");
    }
}
