package org.peelrms.nominal.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peelrms.nominal.api.JobView;

class BackgroundJobTest {

    @Test
    void anImportWhoseServerStopped_endsFailed_sayingHowFarItGot_andWhatToDo() throws Exception {
        BackgroundJob job = saved(new BackgroundJob(BackgroundJob.Kind.IMPORT, "people.csv", "admin", 3000, "node-1"));
        job.progress(1000, 990, 10, List.of());
        job.abandon("The server running this job stopped before the job ended.");
        JobView view = job.view();
        assertThat(view.status()).isEqualTo("FAILED");
        assertThat(view.finishedAt()).isNotNull();
        assertThat(String.join(" ", view.problems())).contains("stopped before the job ended")
                .contains("done 1000 of 3000 rows").contains("import the file again");
    }

    @Test
    void aRebuildWhoseServerStopped_saysToStartItAgain() throws Exception {
        BackgroundJob job = saved(new BackgroundJob(BackgroundJob.Kind.REINDEX, "", "admin", 10, "node-1"));
        job.abandon("Stopped.");
        assertThat(String.join(" ", job.view().problems())).contains("start the rebuild again");
    }

    @Test
    void aJobIsAnOrphan_onlyWhenNoServerCanBeRunningIt() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime longAgo = now.minusHours(1);
        OffsetDateTime tenMinutesAgo = now.minusMinutes(10);
        BackgroundJob job = saved(new BackgroundJob(BackgroundJob.Kind.IMPORT, "people.csv", "admin", 10, "node-1"));
        assertThat(job.orphaned("node-1", longAgo, Set.of(1L), tenMinutesAgo)).as("running here").isFalse();
        assertThat(job.orphaned("node-1", longAgo, Set.of(), tenMinutesAgo)).as("its thread here ended").isTrue();
        assertThat(job.orphaned("node-1", now.plusSeconds(1), Set.of(1L), tenMinutesAgo)).as("started before this JVM")
                .isTrue();
        assertThat(job.orphaned("node-2", longAgo, Set.of(), tenMinutesAgo)).as("another node's, making progress")
                .isFalse();
        assertThat(job.orphaned("node-2", longAgo, Set.of(), now.plusSeconds(1))).as("another node's, silent").isTrue();
    }

    /** The job as the database would give it back: with an id. */
    private static BackgroundJob saved(BackgroundJob job) throws ReflectiveOperationException {
        java.lang.reflect.Field id = BackgroundJob.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(job, 1L);
        return job;
    }
}
