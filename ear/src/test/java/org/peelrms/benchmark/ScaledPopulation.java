package org.peelrms.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A population larger than the development set's (the {@code 10m} sets): every person of
 * {@code population-1m} as they are, so that the 1M queries and their key still hold, and as many more
 * people as it takes, made from the 1M people's own names so that the mix stays the same. Each added person
 * takes a surname from one person on file, forenames of the same sex from someone who bears that surname too
 * (so names keep their community: no "Mohamed Kowalski"), a date of birth from a third person moved by up to
 * three years, and another person's other names in the same share as the 1M. Common names therefore get many
 * more namesakes, as they would in a force of ten million. Made once, with a fixed seed, into the benchmark's
 * work folder.
 */
final class ScaledPopulation {
    static final long SEED = 20261207L;
    private static final String HEADER = "ref,surname,forenames,dob,sex,aliases";

    private record Row(String surname, String forenames, String dob, String sex, String aliases) {
    }

    private ScaledPopulation() {
    }

    /** True for a population size this class makes: a whole number of millions above one ("10m"). */
    static boolean makes(String size) {
        return size.matches("\\d+m") && millions(size) > 1;
    }

    static long people(String size) {
        return millions(size) * 1_000_000L;
    }

    private static long millions(String size) {
        return Long.parseLong(size.substring(0, size.length() - 1));
    }

    /** The file for {@code size}, made from {@code oneMillion} into {@code folder} unless it is there already. */
    static Path file(String size, Path oneMillion, Path folder) throws IOException {
        Path out = folder.resolve("population-" + size + ".csv.gz");
        if (Files.exists(out)) {
            return out;
        }
        Files.createDirectories(folder);
        Path partial = folder.resolve("population-" + size + ".csv.gz.partial");
        write(oneMillion, people(size), partial);
        Files.move(partial, out);
        return out;
    }

    private static void write(Path oneMillion, long total, Path out) throws IOException {
        List<Row> rows = new ArrayList<>(1_000_000);
        Map<String, List<Integer>> bySurnameAndSex = new HashMap<>();
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16),
                StandardCharsets.UTF_8); BufferedReader reader = reader(oneMillion)) {
            writer.write(HEADER + "\n");
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                writer.write(line);
                writer.write('\n');
                String[] f = line.split(",", 6);
                Row row = new Row(f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : "");
                bySurnameAndSex.computeIfAbsent(row.surname() + "|" + row.sex(), k -> new ArrayList<>()).add(rows.size());
                rows.add(row);
            }
            Random random = new Random(SEED);
            for (long n = rows.size() + 1; n <= total; n++) {
                Row family = rows.get(random.nextInt(rows.size()));
                List<Integer> namesakes = bySurnameAndSex.get(family.surname() + "|" + family.sex());
                Row named = rows.get(namesakes.get(random.nextInt(namesakes.size())));
                String dob = shifted(rows.get(random.nextInt(rows.size())).dob(), random);
                String aliases = rows.get(random.nextInt(rows.size())).aliases();
                writer.write(String.join(",", String.format("S%08d", n), family.surname(), named.forenames(), dob,
                        family.sex(), aliases));
                writer.write('\n');
            }
        }
    }

    private static String shifted(String dob, Random random) {
        if (dob.isEmpty()) {
            return dob;
        }
        return java.time.LocalDate.parse(dob).plusDays(random.nextInt(2 * 3 * 365 + 1) - 3 * 365).toString();
    }

    private static BufferedReader reader(Path file) throws IOException {
        var in = Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16);
    }
}
