package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peelrms.it.PeelDeployment;

/**
 * An administrator reads the missing person review intervals, sets one from the page (a too-short one is
 * refused with a message), and sets it back; an officer cannot open the page.
 *
 * <p>Data: the review interval it sets and sets back.
 */
@BrowserTest
class ReviewIntervalsUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anAdministrator_setsHowOftenLowRiskCasesAreReviewed() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.open("admin/review-intervals.xhtml");
            assertThat(browser.heading()).isEqualTo("Missing person review intervals");
            assertThat(row(browser, "High")).contains("2 hours");
            assertThat(row(browser, "Low")).contains("1 day");

            set(browser, "Low", "0", "5");
            assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("from 15 minutes to 30 days");
            assertThat(row(browser, "Low")).contains("1 day");

            set(browser, "Low", "30", "0");
            assertThat(browser.message("Low risk: reviews every 1 day 6 hours")).contains("Reviews already scheduled stay");
            assertThat(row(browser, "Low")).contains("1 day 6 hours").contains("admin");
            browser.screenshot("admin-review-intervals");

            set(browser, "Low", "24", "0");
            assertThat(browser.message("Low risk: reviews every 1 day from")).as("the old message said 1 day 6 hours").isNotBlank();
            assertThat(browser.unlabelledFields()).isEmpty();
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("admin/review-intervals.xhtml");
            assertThat(browser.text()).doesNotContain("Change an interval");
        }
    }

    private static void set(Browser browser, String level, String hours, String minutes) {
        new Select(browser.find(By.id("intervals-form:level"))).selectByVisibleText(level);
        type(browser.find(By.id("intervals-form:hours_input")), hours);
        type(browser.find(By.id("intervals-form:minutes_input")), minutes);
        browser.find(By.id("intervals-form:save")).click();
    }

    private static void type(WebElement field, String value) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value + Keys.TAB);
    }

    private static String row(Browser browser, String level) {
        return browser.find(By.xpath("//tbody[@id='intervals-form:intervals_data']/tr[td[1][substring(normalize-space(), string-length(normalize-space()) - string-length('"
                + level + "') + 1) = '" + level + "']]")).getText();
    }
}
