package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Starts a background job (an import) through the REST API as the demo administrator and waits for it to end. */
public final class Jobs {
    private Jobs() {
    }

    /** The finished job's JSON. */
    public static String runImport(byte[] csv) throws InterruptedException {
        return finished(Api.post("admin", "api/v1/nominals/import", "text/csv", csv), 120);
    }

    /** The JSON of the job a call started (202 with its Location), once it is no longer RUNNING (polled every half second). */
    public static String finished(HttpResponse<String> started, int polls) throws InterruptedException {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < polls; i++) {
            String job = Api.get("admin", "api/v1/jobs/" + id).body();
            if (!job.contains("\"status\":\"RUNNING\"")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Job " + id + " did not finish in " + polls / 2 + " seconds");
    }
}
