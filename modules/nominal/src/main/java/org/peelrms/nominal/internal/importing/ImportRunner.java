package org.peelrms.nominal.internal.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.internal.jobs.JobsRunningHere;
import org.peelrms.nominal.internal.IndexRebuilder;
import org.peelrms.nominal.internal.PeopleWriter;

/**
 * Works through an import file in the background, a batch of rows to a transaction: good rows are
 * saved (and indexed when the batch commits), bad rows are reported with their line numbers, and
 * the job's record shows the progress after every batch. At the end the index's segments are merged,
 * and only then is the job finished.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    private JobLedger ledger;

    @EJB
    private PeopleWriter writer;

    @EJB
    private IndexRebuilder index;

    @Asynchronous
    public void run(long jobId, Path csv) {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.readLine();
            List<ImportRow> rows = new ArrayList<>(BATCH);
            List<String> refused = new ArrayList<>();
            int line = 1;
            int read = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                read++;
                try {
                    rows.add(PeopleCsv.parse(line, text));
                } catch (PeopleCsv.BadRow bad) {
                    refused.add(bad.getMessage());
                }
                if (read == BATCH) {
                    save(jobId, read, rows, refused);
                    read = 0;
                }
            }
            save(jobId, read, rows, refused);
            index.mergeSegments();
            ledger.finish(jobId, "FINISHED", null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " failed", e);
            try {
                ledger.finish(jobId, "FAILED", "the import stopped: " + e.getMessage()
                        + " (rows before this point were imported)");
            } catch (RuntimeException unsaved) {
                LOG.log(Level.SEVERE, "Could not save why import job " + jobId + " failed", unsaved);
                ledger.finish(jobId, "FAILED", "the import stopped; the reason could not be saved, see the server"
                        + " log (rows before this point were imported)");
            }
        } finally {
            JobsRunningHere.ended(jobId);
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete the import file " + csv);
            }
        }
    }

    private void save(long jobId, int read, List<ImportRow> rows, List<String> refused) {
        PeopleWriter.BatchOutcome saved = rows.isEmpty() ? new PeopleWriter.BatchOutcome(0, 0, List.of())
                : writer.importBatch(rows, jobId);
        List<String> problems = new ArrayList<>(refused);
        problems.addAll(saved.refused());
        ledger.progress(jobId, read, saved.created(), saved.updated(), problems);
        rows.clear();
        refused.clear();
    }
}
