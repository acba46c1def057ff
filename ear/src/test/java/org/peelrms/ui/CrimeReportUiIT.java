package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * An officer takes a report down from the keyboard, with the reporter found on the people index; the
 * report shows its 24-hour clock; it is recorded as a crime with the victim linked; the crime shows on
 * the victim's own page. A report without what happened is refused with a message.
 *
 * <p>Data: the reporter it imports in {@code @BeforeAll}, and the report and crime it records through the pages.
 */
@BrowserTest
class CrimeReportUiIT {
    private static final String SURNAME = "Ravensworth-Pike";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putTheReporterOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-CR-1," + SURNAME + ",Philippa,1987-05-19,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
    }

    @Test
    void anOfficer_takesAReportDownFromTheKeyboard_andRecordsItAsACrimeWithItsVictim() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("crime/new-report.xhtml");
            assertThat(browser.heading()).isEqualTo("New report");
            new Select(browser.find(By.id("report-form:method"))).selectByVisibleText("999 call");
            browser.find(By.id("report-form:reporterQuery")).sendKeys(SURNAME + " Philippa" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-reporter")).click();
            assertThat(browser.find(By.id("reporter-chosen")).getText()).contains("Philippa RAVENSWORTH-PIKE");
            browser.find(By.id("report-form:what")).sendKeys("Caller says her ex-partner punched her at her front door.");
            browser.find(By.id("report-form:location")).sendKeys("Deepdale Road, Preston");
            browser.find(By.id("report-form:domesticAbuse")).click();
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("officer-new-report");
            browser.find(By.id("report-form:location")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            assertThat(browser.waitForText(By.id("report-heading"), "Awaiting a decision")).startsWith("Report ");
            browser.message("the 24-hour recording clock is running");
            assertThat(browser.find(By.id("report-clock")).getText()).contains("left").contains("due by");
            assertThat(browser.find(By.id("report-reporter")).getText()).isEqualTo("Philippa RAVENSWORTH-PIKE");
            assertThat(browser.find(By.id("risk-level")).getText()).contains("none yet — required");

            new Select(browser.find(By.id("decide-form:classification"))).selectByValue("8N");
            browser.find(By.id("decide-form:victimQuery")).sendKeys(SURNAME + Keys.ENTER);
            browser.find(By.cssSelector(".choose-victim")).click();
            browser.find(By.id("victim-chosen"));
            browser.screenshot("officer-records-crime");
            browser.find(By.id("decide-form:record")).click();

            assertThat(browser.waitForText(By.id("crime-number"), "CR/")).matches("CR/\\d{4}/\\d{6}");
            assertThat(browser.find(By.id("crime-classification")).getText()).startsWith("8N Assault with injury");
            assertThat(browser.find(By.id("people-form:people")).getText()).contains("Philippa RAVENSWORTH-PIKE").contains("Victim");
            assertThat(browser.find(By.id("crime-status")).getText()).contains("Under investigation");
            browser.screenshot("officer-crime-page");
            String number = browser.find(By.id("crime-number")).getText();

            browser.find(By.id("people-form:people")).findElement(By.linkText("Philippa RAVENSWORTH-PIKE")).click();
            assertThat(browser.waitForText(By.id("person-crimes"), number)).contains("Victim");
        }
    }

    @Test
    void aReportWithoutWhatHappened_isRefusedWithAMessage() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.open("crime/new-report.xhtml");
            browser.find(By.id("report-form:location")).sendKeys("Church Street, Preston");
            browser.find(By.id("report-form:save")).click();
            browser.message("Say what happened.");
            assertThat(browser.heading()).isEqualTo("New report");
        }
    }
}
