package org.peelrms.nominal.internal.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.peelrms.nominal.internal.PeopleWriter.BatchOutcome;

/**
 * The batches of an import being written at the same time, oldest first (ADR 0053): at most {@link #WRITERS}, and
 * never two holding the same ref, so that one person is never written by two transactions at once. Batches are
 * taken back in the order of the file, so the job's progress and a failure's "where it stopped" read as before.
 */
final class BatchesInFlight {
    /** Batches written at once: one commits (WildFly and the index) while the other is built (and PostgreSQL writes). */
    static final int WRITERS = 2;

    /** A batch of lines of the file: the rows to save, and the lines refused before saving. */
    record Batch(int firstLine, int lastLine, int read, List<ImportRow> rows, List<String> refused) {
        Set<String> refs() {
            Set<String> refs = new HashSet<>();
            rows.forEach(row -> refs.add(row.reference()));
            return refs;
        }
    }

    /** A batch saved: its lines, how many were read, and what the writer did (the lines refused at reading first). */
    record Saved(Batch batch, int created, int updated, List<String> refused) {
    }

    /** A batch could not be saved (its transaction was rolled back): where the import stopped, and why. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Writing(Batch batch, Set<String> refs, Future<BatchOutcome> outcome) {
    }

    private final Deque<Writing> writing = new ArrayDeque<>();

    /** Whether {@code batch} must wait for the oldest batch in flight: too many are, or one holds one of its refs. */
    boolean mustWait(Batch batch) {
        if (writing.size() >= WRITERS) {
            return true;
        }
        Set<String> refs = batch.refs();
        return writing.stream().anyMatch(each -> !Collections.disjoint(each.refs(), refs));
    }

    void add(Batch batch, Future<BatchOutcome> outcome) {
        writing.addLast(new Writing(batch, batch.refs(), outcome));
    }

    boolean isEmpty() {
        return writing.isEmpty();
    }

    /**
     * Waits for the oldest batch in flight. If it failed, waits for the others too (each one saved is handed to
     * {@code saved}, so its progress is kept) and says which lines were not imported.
     */
    Saved oldest(Consumer<Saved> saved) throws Stopped, InterruptedException {
        Writing oldest = writing.removeFirst();
        try {
            return saved(oldest);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            List<String> alsoSaved = new ArrayList<>();
            String alsoFailed = drain(saved, alsoSaved);
            Batch failed = oldest.batch();
            throw new Stopped("the import stopped at lines " + failed.firstLine() + " to " + failed.lastLine()
                    + ", which were not imported: " + cause.getMessage() + " (rows before line " + failed.firstLine()
                    + " were imported" + (alsoSaved.isEmpty() ? "" : ", and " + String.join(", ", alsoSaved)
                            + ", saved at the same time") + alsoFailed + "; no row after)", cause);
        }
    }

    /** Waits for every batch still in flight (after the reading failed), keeping the progress of those saved. */
    void awaitAll(Consumer<Saved> saved) throws InterruptedException {
        drain(saved, new ArrayList<>());
    }

    private String drain(Consumer<Saved> saved, List<String> savedLines) throws InterruptedException {
        StringBuilder failed = new StringBuilder();
        while (!writing.isEmpty()) {
            Writing next = writing.removeFirst();
            try {
                saved.accept(saved(next));
                savedLines.add("lines " + next.batch().firstLine() + " to " + next.batch().lastLine());
            } catch (ExecutionException e) {
                failed.append("; lines ").append(next.batch().firstLine()).append(" to ")
                        .append(next.batch().lastLine()).append(" were not imported either");
            }
        }
        return failed.toString();
    }

    private static Saved saved(Writing writing) throws ExecutionException, InterruptedException {
        BatchOutcome outcome = writing.outcome().get();
        List<String> refused = new ArrayList<>(writing.batch().refused());
        refused.addAll(outcome.refused());
        return new Saved(writing.batch(), outcome.created(), outcome.updated(), refused);
    }
}
