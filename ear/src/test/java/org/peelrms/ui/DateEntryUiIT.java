package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.PeelDeployment;

/**
 * Dates typed on the pages are taken exactly or refused with a message saying why: a date of birth of
 * 31/02/2020 is not saved as 29/02/2020, a report time of 01/01/0001 is not saved as 2001; the box keeps
 * what was typed. A real date typed into the picker is saved and shown back as typed (dd/mm/yyyy).
 *
 * <p>Data: none but what it types: each impossible date is refused before anything is saved.
 */
@ExtendWith(ArquillianExtension.class)
class DateEntryUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anImpossibleDateOfBirth_isRefusedSayingWhy_andARealOneIsSavedAsTyped() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("people/edit.xhtml");
            browser.find(By.id("person-form:surname")).sendKeys("Strictland-Dateley");
            browser.find(By.id("person-form:forenames")).sendKeys("Octavia");
            browser.choose("person-form:sex", "Female");
            retype(browser, "person-form:dob_input", "31/02/2020");
            browser.find(By.id("person-form:check")).click();
            assertThat(browser.message("31/02/2020 does not exist"))
                    .contains("Date of birth (dd/mm/yyyy): 31/02/2020 does not exist: February 2020 has 29 days.");
            assertThat(browser.find(By.id("person-form:dob_input")).getAttribute("value")).isEqualTo("31/02/2020");
            browser.screenshot("officer-impossible-date-of-birth");

            retype(browser, "person-form:dob_input", "01/01/0001");
            browser.find(By.id("person-form:check")).click();
            browser.message("the year 0001 cannot be right");

            retype(browser, "person-form:dob_input", "14/02/1979");
            browser.find(By.id("person-form:check")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> browser.has(By.id("duplicate-count"))
                    || !d.findElement(By.id("messages")).getText().contains("0001"));
            browser.screenshot("officer-real-date-of-birth-checked");
            assertThat(browser.driver().findElement(By.id("messages")).getText()).as("messages after a real date of birth")
                    .isEmpty();
            assertThat(browser.find(By.id("person-form:dob_input")).getAttribute("value")).isEqualTo("14/02/1979");
            browser.find(By.id("person-form:save")).click();
            assertThat(browser.waitForText(By.id("person-name"), "STRICTLAND-DATELEY")).isEqualTo("Octavia STRICTLAND-DATELEY");
            assertThat(browser.find(By.id("person-dob")).getText()).isEqualTo("14/02/1979");
        }
    }

    @Test
    void aReportTimeInTheYear0001_isRefused_notMovedTo2001() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("crime/new-report.xhtml");
            retype(browser, "report-form:reportedAt_input", "01/01/0001 10:00");
            browser.find(By.id("report-form:what")).sendKeys("Bicycle taken from a shed.");
            browser.find(By.id("report-form:location")).sendKeys("Avenham Lane, Preston");
            browser.find(By.id("report-form:save")).click();
            browser.message("the year 0001 cannot be right");
            assertThat(browser.heading()).isEqualTo("New report");

            retype(browser, "report-form:reportedAt_input", "30/02/2026 10:00");
            browser.find(By.id("report-form:save")).click();
            browser.message("30/02/2026 does not exist: February 2026 has 28 days");
            assertThat(browser.accessibilityProblems()).isEmpty();
        }
    }

    /** Empties the box and types the text as an officer would, then leaves the box. */
    private static void retype(Browser browser, String id, String text) {
        WebElement box = browser.find(By.id(id));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        box.sendKeys(text + Keys.TAB);
    }

}
