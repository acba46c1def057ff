package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarted under Peel (issue 16): while it is down the API answers 503 with Retry-After and a message
 * (never 500), a signed-in page session is told the same, the sign-in form says so, and Peel carries on by itself
 * when the database is back, without a restart of WildFly.
 *
 * <p>Data: the demo accounts and crime reports; it stops and starts the test database itself ({@link ItDatabase}).
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void whileTheDatabaseIsDown_peelAnswers503WithAMessage_andCarriesOnWhenItIsBack() throws InterruptedException {
        assertThat(Api.get("officer", "api/v1/crime/reports?list=open").statusCode()).isEqualTo(200);
        PageSession signedIn = PageSession.signIn("officer", Api.demoPassword("officer"));

        ItDatabase.whileStopped(() -> {
            HttpResponse<String> basic = Api.get("officer", "api/v1/crime/reports?list=open");
            assertThat(basic.statusCode()).as(basic.body()).isEqualTo(503);
            assertThat(basic.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(basic.body()).contains("\"status\":503").contains("cannot reach its database").contains("Try again");

            HttpResponse<String> session = signedIn.call("GET", "api/v1/crime/reports?list=open", null, null);
            assertThat(session.statusCode()).as(session.body()).isEqualTo(503);
            assertThat(session.body()).contains("cannot reach its database");

            HttpResponse<String> form = PageSession.anonymous().post("sign-in",
                    Map.of("j_username", "officer", "j_password", Api.demoPassword("officer")));
            assertThat(form.uri().getQuery()).isEqualTo("unavailable=true");
            assertThat(form.body()).contains("Peel cannot reach its database just now");
        });

        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(giveUp)) {
            status = Api.get("officer", "api/v1/crime/reports?list=open").statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("the API once the database was back, without restarting WildFly").isEqualTo(200);
        assertThat(Api.postJson("officer", "api/v1/crime/reports", "{\"method\":\"NON_EMERGENCY_CALL\","
                + "\"whatHappened\":\"Reported after the database came back\",\"location\":\"Preston\"}").statusCode())
                .isEqualTo(201);
        assertThat(signedIn.get("index.xhtml").body()).contains("signed-in-user");
    }
}
