package org.peelrms.nominal.internal.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.NewPerson;
import org.peelrms.nominal.internal.PeopleWriter;
import org.peelrms.nominal.internal.jobs.BackgroundJob;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.api.JobView;
import org.peelrms.nominal.api.PeopleImports;

/** Checks an import file, opens its job record, and hands it to the {@link ImportRunner}. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CsvPeopleImports implements PeopleImports {

    @EJB
    private JobLedger ledger;

    @EJB
    private ImportRunner runner;

    @EJB
    private PeopleWriter writer;

    @Override
    public long start(Path csv, String source) {
        long rows;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (!PeopleCsv.isHeader(header)) {
                Files.deleteIfExists(csv);
                throw new InvalidInput("The file must start with the line " + PeopleCsv.HEADER + "; it starts with "
                        + (header == null ? "nothing (it is empty)" : "'" + header + "'") + ".");
            }
            rows = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows += line.isBlank() ? 0 : 1;
            }
        } catch (CharacterCodingException e) {
            deleteQuietly(csv);
            throw new InvalidInput("The file is not UTF-8 text (or gzip-compressed UTF-8 text): save it as UTF-8 and"
                    + " send it again.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import file", e);
        }
        long id = ledger.open(BackgroundJob.Kind.IMPORT, source, rows);
        runner.run(id, csv);
        return id;
    }

    private static void deleteQuietly(Path csv) {
        try {
            Files.deleteIfExists(csv);
        } catch (IOException e) {
            csv.toFile().deleteOnExit();
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void putOnFile(List<NewPerson> people, String why) {
        writer.createAll(people, why);
    }

    @Override
    public Optional<JobView> job(long id) {
        return ledger.view(id);
    }
}
