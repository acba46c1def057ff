package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Starts an import through the REST API as the demo administrator and waits for it to end. */
public final class Jobs {
    private Jobs() {
    }

    /** The finished job's JSON. */
    public static String runImport(byte[] csv) throws InterruptedException {
        HttpResponse<String> started = Api.post("admin", "api/v1/nominals/import", "text/csv", csv);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < 120; i++) {
            String job = Api.get("admin", "api/v1/jobs/" + id).body();
            if (!job.contains("\"status\":\"RUNNING\"")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Import job " + id + " did not finish in a minute");
    }
}
