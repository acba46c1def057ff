package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * An auditor opens the auditors' area, which lists every report; runs the failed sign-ins report
 * for the last 30 days, sees the repeated failures in its table and chart, downloads it as CSV and
 * as PDF (with the browser's own session), and finds both downloads on the audit log.
 *
 * <p>Data: the person it imports in {@code @BeforeAll} and the views it makes of them; the demo accounts.
 */
@BrowserTest
class AuditorsAreaUiIT {
    private static final String INTRUDER = "ui-intruder-" + System.nanoTime();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void someoneGuessesAPasswordFiveTimes() throws Exception {
        String token = Base64.getEncoder().encodeToString((INTRUDER + ":guess").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + "api/v1/me"))
                    .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anAuditor_runsAReportForAPeriod_andExportsItAsCsvAndPdf() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.find(By.linkText("Auditors' area")).click();
            assertThat(browser.heading()).isEqualTo("Auditors' area");
            for (String report : new String[] {"report-person-access", "report-user-activity", "report-unusual-activity",
                "report-failed-sign-ins", "audit-log", "audit-chain", "report-crime-integrity", "report-pace-compliance",
                "report-missing-persons", "report-case-files"}) {
                assertThat(browser.has(By.id(report))).as(report).isTrue();
            }
            browser.screenshot("auditors-area");

            browser.find(By.id("report-failed-sign-ins")).click();
            assertThat(browser.heading()).isEqualTo("Failed sign-ins");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.find(By.id("report-form:user")).sendKeys(INTRUDER);
            browser.find(By.id("report-form:produce")).click();
            browser.waitForText(By.id("result:rows"), INTRUDER);
            String row = browser.find(By.xpath("//tbody[@id='result:rows_data']/tr[td[text()='" + INTRUDER + "']]")).getText();
            assertThat(row).contains("5").endsWith("Yes");
            assertThat(browser.has(By.cssSelector("[id='result:chart'] canvas"))).isTrue();
            browser.screenshot("auditors-failed-sign-ins-report");

            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            String csv = new String(download(browser, "csv", session), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("User name tried,From address,Failures,First (UK),Last (UK),Most within 10 minutes,Burst");
            assertThat(csv).containsPattern(INTRUDER + ",[^,]*,5,[^,]*,[^,]*,5,Yes");

            PdfReader pdf = new PdfReader(download(browser, "pdf", session));
            String text = new PdfTextExtractor(pdf).getTextFromPage(1);
            pdf.close();
            assertThat(text).contains("Failed sign-ins", "User name tried: " + INTRUDER, "Exported by auditor", INTRUDER);

            browser.open("audit/log.xhtml");
            browser.find(By.id("filter:user")).sendKeys("auditor");
            browser.find(By.id("filter:recordType")).sendKeys("FAILED_SIGN_IN_REPORT");
            browser.find(By.id("filter:apply")).click();
            browser.waitForText(By.id("filter:entries"), "PDF, ");
            assertThat(browser.find(By.id("filter:entries")).getText()).contains("Exported", "CSV, ", "PDF, ",
                    "user name tried=" + INTRUDER);
            browser.screenshot("auditors-exports-on-the-log");
        }
    }

    @Test
    void anAuditor_findsWhoViewedAPerson_byTheReferenceShownOnTheirPage() throws Exception {
        String reference = "UI-AUD-" + System.nanoTime() % 1_000_000;
        String csv = "ref,surname,forenames,dob,sex,aliases\n" + reference + ",Quillfeather-Dunne,Rowena,1971-08-23,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
        String shown;
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.find(By.id("peel-find-q")).sendKeys("Quillfeather-Dunne Rowena" + Keys.ENTER);
            browser.find(By.cssSelector("a.peel-result")).click();
            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Rowena QUILLFEATHER-DUNNE");
            shown = browser.find(By.id("person-reference")).getText();
            assertThat(shown).isEqualTo(reference);
            assertThat(browser.find(By.id("person-number")).getText()).matches("\\d+");
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.open("audit/report.xhtml?report=person-access");
            browser.find(By.id("report-form:person")).sendKeys(shown.toLowerCase());
            browser.find(By.id("report-form:produce")).click();
            assertThat(browser.waitForText(By.id("result:rows"), "Viewed the record")).contains("investigator");
            assertThat(browser.find(By.id("summary")).getText()).doesNotStartWith("0 rows");

            browser.find(By.id("report-form:person")).clear();
            browser.find(By.id("report-form:person")).sendKeys("NO-SUCH-REF-9");
            browser.find(By.id("report-form:produce")).click();
            browser.message("No person on file has the reference NO-SUCH-REF-9");
        }
    }

    @Test
    void aReportWithoutItsFilter_saysWhatIsMissing() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.open("audit/report.xhtml?report=person-access");
            assertThat(browser.heading()).isEqualTo("Who searched for or viewed a person");
            browser.find(By.id("report-form:produce")).click();
            browser.message("Give the person's number on file or their reference");
            assertThat(browser.has(By.id("csv"))).isFalse();
        }
    }

    /** Follows the page's download link with the browser's session, as the browser would. */
    private static byte[] download(Browser browser, String link, Cookie session) throws Exception {
        String href = browser.find(By.id(link)).getAttribute("href");
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as(link).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("failed-sign-ins-");
        return file.body();
    }
}
