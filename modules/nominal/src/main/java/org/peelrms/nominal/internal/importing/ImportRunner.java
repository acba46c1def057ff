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
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.internal.jobs.JobLedger;
import org.peelrms.nominal.internal.jobs.JobsRunningHere;
import org.peelrms.nominal.internal.IndexRebuilder;
import org.peelrms.nominal.internal.PeopleWriter;

/**
 * Works through an import file in the background, a batch of rows to a transaction: good rows are
 * saved (and in the search index, committed, when the batch commits), bad rows are reported with their line numbers, and
 * the job's record shows the progress after every batch. Two batches are written at once, never two
 * with the same ref ({@link BatchesInFlight}, ADR 0053), while this thread reads the next. At the end the
 * index's segments are merged, and only then is the job finished.
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
        BatchesInFlight inFlight = new BatchesInFlight();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.readLine();
            List<ImportRow> rows = new ArrayList<>(BATCH);
            List<String> refused = new ArrayList<>();
            int line = 1;
            int first = 2;
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
                    write(jobId, inFlight, new BatchesInFlight.Batch(first, line, read, rows, refused));
                    rows = new ArrayList<>(BATCH);
                    refused = new ArrayList<>();
                    first = line + 1;
                    read = 0;
                }
            }
            write(jobId, inFlight, new BatchesInFlight.Batch(first, line, read, rows, refused));
            while (!inFlight.isEmpty()) {
                progress(jobId, inFlight.oldest(saved -> progress(jobId, saved)));
            }
            index.mergeSegments();
            ledger.finish(jobId, "FINISHED", null);
        } catch (BatchesInFlight.Stopped e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " failed", e.getCause());
            failed(jobId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(jobId, "the import was interrupted (the server is stopping)");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " failed", e);
            awaitWriters(jobId, inFlight);
            failed(jobId, "the import stopped: " + e.getMessage() + " (rows before this point were imported)");
        } finally {
            JobsRunningHere.ended(jobId);
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete the import file " + csv);
            }
        }
    }

    /** Hands a batch to a writer, once no batch in flight holds one of its refs and a writer is free. */
    private void write(long jobId, BatchesInFlight inFlight, BatchesInFlight.Batch batch)
            throws BatchesInFlight.Stopped, InterruptedException {
        while (inFlight.mustWait(batch)) {
            progress(jobId, inFlight.oldest(saved -> progress(jobId, saved)));
        }
        inFlight.add(batch, batch.rows().isEmpty()
                ? CompletableFuture.completedFuture(new PeopleWriter.BatchOutcome(0, 0, List.of()))
                : writer.importBatch(batch.rows(), jobId));
    }

    private void progress(long jobId, BatchesInFlight.Saved saved) {
        ledger.progress(jobId, saved.batch().read(), saved.created(), saved.updated(), saved.refused());
    }

    private void awaitWriters(long jobId, BatchesInFlight inFlight) {
        try {
            inFlight.awaitAll(saved -> progress(jobId, saved));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the progress of import job " + jobId, e);
        }
    }

    private void failed(long jobId, String why) {
        try {
            ledger.finish(jobId, "FAILED", why);
        } catch (RuntimeException unsaved) {
            LOG.log(Level.SEVERE, "Could not save why import job " + jobId + " failed", unsaved);
            ledger.finish(jobId, "FAILED", "the import stopped; the reason could not be saved, see the server"
                    + " log (rows before this point were imported)");
        }
    }
}
