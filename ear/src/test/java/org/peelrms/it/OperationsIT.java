package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operations team watches: readiness with Peel's own checks, and metrics.
 *
 * <p>Data: none: readiness and metrics of the running server.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void readiness_reportsTheDatabaseAndTheSearchIndexUp() {
        HttpResponse<String> ready = Api.getAbsolute(PeelDeployment.MANAGEMENT + "health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"name\":\"peel-modules\"")
                .containsPattern("\"people-search-index\":\"UP: [1-9][0-9]+ people indexed\"")
                .containsPattern("\"audit-sealer\":\"UP: \\d+ entries waiting to be sealed").doesNotContain("DOWN");
    }

    @Test
    void metrics_areServedInPrometheusFormat_withDatasourceStatistics() {
        HttpResponse<String> metrics = Api.getAbsolute(PeelDeployment.MANAGEMENT + "metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("PeelDS");
    }
}
