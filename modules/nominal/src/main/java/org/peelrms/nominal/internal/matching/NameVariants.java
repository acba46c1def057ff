package org.peelrms.nominal.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forms of the same name: nicknames and diminutives (Bill, Billy, Will → William; Peggy → Margaret)
 * and spellings across alphabets (Mohammed, Muhammad, Mohamed). Each line of the table is one group,
 * its first entry the group's name; a name may be in more than one group (Harry: Harold, Henry).
 * Peel ships {@code name-variants.txt}; administrators add groups of their own (NameVariantTable).
 */
public final class NameVariants {
    private static final String SHIPPED = "/org/peelrms/nominal/name-variants.txt";

    private final Map<String, Set<String>> groupsOf;
    private final Map<String, Set<String>> members;
    private final Map<String, Forms> formsOf = new ConcurrentHashMap<>();

    private NameVariants(Map<String, Set<String>> groupsOf) {
        this.groupsOf = groupsOf;
        Map<String, Set<String>> byGroup = new HashMap<>();
        groupsOf.forEach((name, groups) -> groups.forEach(group ->
                byGroup.computeIfAbsent(group, any -> new TreeSet<>()).add(name)));
        this.members = Map.copyOf(byGroup);
    }

    /** The table that ships with Peel. */
    public static NameVariants shipped() {
        return parse(shippedLines());
    }

    /** The lines of the shipped table, for combining with groups an administrator added. */
    public static List<String> shippedLines() {
        try (InputStream in = NameVariants.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the nominal module");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from lines of comma-separated names; blank lines and lines starting with # are skipped. */
    public static NameVariants parse(Collection<String> lines) {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] names = text.split(",");
            String group = Names.joined(names[0]);
            for (String name : names) {
                String folded = Names.joined(name);
                if (!folded.isEmpty()) {
                    groupsOf.computeIfAbsent(folded, any -> new TreeSet<>()).add(group);
                }
            }
        }
        return new NameVariants(Map.copyOf(groupsOf));
    }

    /** The groups a folded name belongs to, e.g. harry → harold, henry; none for a name not in the table. */
    public Set<String> groups(String foldedName) {
        return groupsOf.getOrDefault(foldedName, Set.of());
    }

    /** The group the two folded names share (e.g. bill, william → william), if they are forms of one another. */
    public Optional<String> sharedGroup(String a, String b) {
        Set<String> groupsOfB = groups(b);
        return groups(a).stream().filter(groupsOfB::contains).findFirst();
    }

    /**
     * The form of the recorded name that the asked name is one typing slip from (jak → jack, a form
     * of John), if any: a nickname misspelt. Only for an asked name of four letters or more that the
     * table does not know (a name it knows is taken as spelt right). Each name's forms are gathered
     * once, with their letters as bit masks, so that most are passed over without comparing.
     */
    public Optional<String> formOneSlipFrom(String asked, String recorded) {
        if (asked.length() < 4 || groupsOf.containsKey(asked)) {
            return Optional.empty();
        }
        Forms forms = formsOf.computeIfAbsent(recorded, this::forms);
        int letters = Forms.letters(asked);
        for (int i = 0; i < forms.names().length; i++) {
            String form = forms.names()[i];
            if (Math.abs(form.length() - asked.length()) <= 1 && Integer.bitCount(forms.letters()[i] ^ letters) <= 2
                    && Spelling.distanceUpTo(asked, form, 1) == 1) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /** Every form of one name (the members of all its groups), with the set of letters of each. */
    private record Forms(String[] names, int[] letters) {
        static final Forms NONE = new Forms(new String[0], new int[0]);

        static int letters(String word) {
            int mask = 0;
            for (int i = 0; i < word.length(); i++) {
                int letter = word.charAt(i) - 'a';
                mask |= letter >= 0 && letter < 26 ? 1 << letter : 1 << 26;
            }
            return mask;
        }
    }

    private Forms forms(String name) {
        Set<String> all = new TreeSet<>();
        groups(name).forEach(group -> all.addAll(members.getOrDefault(group, Set.of())));
        if (all.isEmpty()) {
            return Forms.NONE;
        }
        String[] names = all.toArray(String[]::new);
        int[] letters = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            letters[i] = Forms.letters(names[i]);
        }
        return new Forms(names, letters);
    }

    /** How many names the table knows. */
    public int size() {
        return groupsOf.size();
    }
}
