package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What keeps a browser user safe from other sites: the security headers on pages, API answers and PDFs,
 * the session cookie's flags, and changes through the session cookie refused unless they come from Peel's own
 * pages (ADR 0025).
 *
 * <p>Data: none of its own: a page, an API answer and a PDF any demo user can ask for.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSecurityIT {
    private static final String FOREIGN = "https://evil.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void aPage_anApiAnswer_andAPdf_carryTheSecurityHeaders_andAreNotCached() {
        HttpResponse<String> page = Api.getAbsolute(PeelDeployment.BASE + "login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());

        HttpResponse<String> api = Api.get("officer", "api/v1/me");
        assertThat(api.statusCode()).isEqualTo(200);
        assertSecurityHeaders(api.headers());

        HttpResponse<byte[]> pdf = Api.getBytes("auditor", "api/v1/crime/integrity/pdf?from=2026-01-01&to=2026-01-31");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertSecurityHeaders(pdf.headers());
    }

    @Test
    void theSessionCookie_isHttpOnly_andSameSiteLax() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PeelDeployment.BASE + "login.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void aChangeWithTheSessionCookie_fromAnotherSite_orFromNowhere_isRefused_butFromPeelsPages_goesThrough() {
        PageSession officer = PageSession.signIn("officer", Api.demoPassword("officer"));
        String flag = "api/v1/crime/reports/" + MalformedRequests.NO_SUCH_ID + "/domestic-abuse";

        HttpResponse<String> foreign = officer.call("POST", flag, null, null, "Origin", FOREIGN);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("did not come from Peel's own pages");

        HttpResponse<String> nowhere = officer.call("POST", flag, null, null);
        assertThat(nowhere.statusCode()).isEqualTo(403);

        HttpResponse<String> foreignReferer = officer.call("POST", flag, null, null, "Referer", FOREIGN + "/page");
        assertThat(foreignReferer.statusCode()).isEqualTo(403);

        HttpResponse<String> own = officer.call("POST", flag, null, null, "Origin", PeelDeployment.ORIGIN);
        assertThat(own.statusCode()).as("past the check, to the resource: no such report " + own.body()).isIn(400, 404);
    }

    @Test
    void anotherSite_cannotSignAUserOut() {
        PageSession officer = PageSession.signIn("officer", Api.demoPassword("officer"));

        assertThat(officer.call("POST", "sign-out", null, null, "Origin", FOREIGN).statusCode()).isEqualTo(403);
        assertThat(officer.call("GET", "api/v1/me", null, null).body()).contains("\"username\":\"officer\"");

        officer.call("POST", "sign-out", null, null, "Origin", PeelDeployment.ORIGIN);
        assertThat(officer.call("GET", "api/v1/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void overHttps_theBrowserIsToldToStayOnHttps_andTheSessionCookieIsSecure() throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingTheDemoCertificate()).build();
        HttpResponse<String> page = tls.send(HttpRequest.newBuilder(URI.create(PeelDeployment.TLS_BASE + "login.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    /** The demo's self-signed certificate (configure-tls.cli) is trusted here as a user would accept it. */
    private static SSLContext trustingTheDemoCertificate() throws Exception {
        X509TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {anyCertificate}, null);
        return context;
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();
    }
}
