package org.peelrms.nominal.internal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.api.JobView;

/**
 * The record of one background job, an import of people or a rebuild of the search index: who
 * started it, how far it has got, and (for an import) every row it refused.
 */
@Entity
@Table(name = "job", schema = "nominal")
public class BackgroundJob {
    /** What a job does. */
    public enum Kind {
        IMPORT("import of people from "), REINDEX("rebuild of the people search index"),
        DUPLICATES("search for people on file twice");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    static final int MAX_PROBLEMS_KEPT = 1000;

    @Id
    @SequenceGenerator(name = "job_seq", schema = "nominal", sequenceName = "job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "total_rows", nullable = false)
    private long total;

    @Column(name = "rows_done", nullable = false)
    private long done;

    @Column(nullable = false)
    private long created;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long rejected;

    @Column(length = 200_000)
    private String problems = "";

    /** The server running the job (WildFly's node name). */
    @Column(length = 100)
    private String node;

    /** When the job last made progress: a job that stops beating, with its server gone, is ended. */
    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    protected BackgroundJob() {
    }

    public BackgroundJob(Kind kind, String source, String startedBy, long total, String node) {
        this.kind = kind;
        this.source = source;
        this.startedBy = startedBy;
        this.total = total;
        this.status = "RUNNING";
        this.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.node = node;
        this.heartbeatAt = startedAt;
    }

    public Long id() {
        return id;
    }

    public void progress(long rows, long createdNow, long updatedNow, List<String> refused) {
        heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
        done += rows;
        created += createdNow;
        updated += updatedNow;
        rejected += refused.size();
        List<String> kept = new ArrayList<>(problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
        for (String problem : refused) {
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(storable(problem));
            }
        }
        problems = String.join("\n", kept);
    }

    /** A problem as the database can keep it: a NUL (which PostgreSQL cannot store) shown as ␀, one line. */
    static String storable(String problem) {
        return problem.replace('\0', '\u2400').replace('\n', ' ');
    }

    public void finish(String outcome, String problem) {
        status = outcome;
        finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (problem != null) {
            progress(0, 0, 0, List.of(problem));
            rejected--;
        }
    }

    /** Ends a job whose server stopped while it ran: FAILED, saying so and how far it got. */
    /**
     * Whether no server can be running this job: this node started it before it (re)started, or its thread here has
     * ended ({@code runningHere} lacks it), or no node has shown progress on it since {@code silentSince}.
     */
    boolean orphaned(String thisNode, OffsetDateTime nodeStarted, Set<Long> runningHere, OffsetDateTime silentSince) {
        boolean ours = thisNode.equals(node) && (startedAt.isBefore(nodeStarted) || !runningHere.contains(id));
        return ours || heartbeatAt.isBefore(silentSince);
    }

    public void abandon(String why) {
        finish("FAILED", why + " It had done " + done + " of " + total + (kind == Kind.IMPORT
                ? " rows; import the file again: people already imported are merged, not put on file twice."
                : kind == Kind.DUPLICATES ? "; start the search for duplicates again." : "; start the rebuild again."));
    }

    public JobView view() {
        return new JobView(id, kind == Kind.IMPORT ? kind.description + source : kind.description, status, startedBy, startedAt, finishedAt, total, done,
                created, updated, rejected, problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
    }
}
