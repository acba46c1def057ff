package org.peelrms.nominal.internal.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.nominal.api.JobView;

/** The record of one import: who started it, how far it has got, and every row it refused. */
@Entity
@Table(name = "import_job", schema = "nominal")
public class ImportJob {
    static final int MAX_PROBLEMS_KEPT = 1000;

    @Id
    @SequenceGenerator(name = "import_job_seq", schema = "nominal", sequenceName = "import_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

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

    protected ImportJob() {
    }

    ImportJob(String source, String startedBy, long total) {
        this.source = source;
        this.startedBy = startedBy;
        this.total = total;
        this.status = "RUNNING";
        this.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Long id() {
        return id;
    }

    void progress(long rows, long createdNow, long updatedNow, List<String> refused) {
        done += rows;
        created += createdNow;
        updated += updatedNow;
        rejected += refused.size();
        List<String> kept = new ArrayList<>(problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
        for (String problem : refused) {
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(problem);
            }
        }
        problems = String.join("\n", kept);
    }

    void finish(String outcome, String problem) {
        status = outcome;
        finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (problem != null) {
            progress(0, 0, 0, List.of(problem));
            rejected--;
        }
    }

    JobView view() {
        return new JobView(id, "import of people from " + source, status, startedBy, startedAt, finishedAt, total, done,
                created, updated, rejected, problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
    }
}
