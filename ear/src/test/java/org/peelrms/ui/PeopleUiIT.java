package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.peelrms.it.PeelDeployment;

/**
 * An officer puts a person on file after checking who is already there, records an alias, a warning
 * marker and a tattoo, and finds the person again from the keyboard; a second officer trying to add
 * the same person is shown the first one. Bad input is refused with a message.
 *
 * <p>Data: the people it puts on file through the pages (names that occur nowhere else).
 */
@BrowserTest
class PeopleUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anOfficer_putsAPersonOnFile_recordsTheirDetails_andFindsThemFromTheKeyboard() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("people/edit.xhtml");
            fillDetails(browser, "Zebedee-Farquhar", "Quentin", "14/02/1979");
            browser.find(By.id("person-form:check")).click();
            assertThat(browser.find(By.id("duplicate-count")).getText()).contains("Nobody on file matches");
            browser.find(By.id("person-form:save")).click();

            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Quentin ZEBEDEE-FARQUHAR");
            browser.find(By.id("names-form:nameForenames")).sendKeys("Quin");
            browser.find(By.id("names-form:nameSurname")).sendKeys("Farquar");
            browser.find(By.id("names-form:addName")).click();
            browser.message("Name added.");
            browser.find(By.xpath("//td[text()='Quin FARQUAR']"));

            browser.choose("markers-form:markerType", "Violent");
            browser.find(By.id("markers-form:markerNote")).sendKeys("assaulted officers on arrest");
            browser.find(By.id("markers-form:setMarker")).click();
            browser.message("Warning marker set.");
            assertThat(browser.find(By.cssSelector(".peel-warnings")).getText()).contains("Violent");

            browser.choose("marks-form:markKind", "Tattoo");
            browser.find(By.id("marks-form:markDescription")).sendKeys("dragon");
            browser.find(By.id("marks-form:markLocation")).sendKeys("left forearm");
            browser.find(By.id("marks-form:addMark")).click();
            browser.find(By.xpath("//td[text()='left forearm']"));
            browser.screenshot("officer-person-page");

            browser.find(By.id("peel-find-q")).sendKeys("FARQUAR Quin" + Keys.ENTER);
            WebElement first = browser.find(By.cssSelector("a.peel-result"));
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(first);
            assertThat(browser.text()).contains("matched alias 'Quin FARQUAR'").contains("Violent");
            browser.screenshot("officer-search-with-marker");
            first.sendKeys(Keys.ENTER);
            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Quentin ZEBEDEE-FARQUHAR");

            browser.open("people/search.xhtml");
            browser.find(By.cssSelector("#details-form legend")).click();
            browser.find(By.id("details-form:surname")).sendKeys("Farquhar");
            browser.find(By.id("details-form:marks")).sendKeys("dragon");
            browser.find(By.id("details-form:searchDetails")).click();
            // Searching by marks is a sensitive option by default (ADR 0020): Peel asks for a reason first.
            browser.find(By.xpath("//*[contains(text(), 'marked sensitive')]"));
            browser.find(By.id("details-form:search-reason")).sendKeys("Victim describes a dragon tattoo");
            browser.find(By.id("details-form:searchDetails")).click();
            browser.find(By.cssSelector("a.peel-result"));
            assertThat(browser.find(By.id("results:people")).getText()).contains("Quentin ZEBEDEE-FARQUHAR");
            browser.find(By.id("details-form:marks")).clear();
            browser.find(By.id("details-form:marks")).sendKeys("anchor");
            browser.find(By.id("details-form:searchDetails")).click();
            assertThat(browser.waitForText(By.id("result-count"), "0 people found.")).isEqualTo("0 people found.");
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("custody");
            browser.open("people/edit.xhtml");
            fillDetails(browser, "Zebedee Farquhar", "Quentin", "14/02/1979");
            browser.find(By.id("person-form:check")).click();
            assertThat(browser.find(By.id("duplicate-count")).getText()).contains("1 person on file may be this person");
            assertThat(browser.find(By.id("person-form:candidates")).getText()).contains("Quentin ZEBEDEE-FARQUHAR");
            browser.find(By.id("person-form:save")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("None of these is the person");
        }
    }

    @Test
    void badDetails_areRefusedWithAMessage_andNothingIsSaved() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.open("people/edit.xhtml");
            fillDetails(browser, "Oddbody", "Norbert", "01/01/1990");
            browser.find(By.id("person-form:height_input")).sendKeys("300");
            browser.screenshot("investigator-bad-details");
            browser.find(By.id("person-form:check")).click();
            browser.message("the height must be at most 250 cm");
            browser.find(By.id("peel-find-q")).sendKeys("ODDBODY Norbert" + Keys.ENTER);
            assertThat(browser.find(By.id("result-count")).getText()).isEqualTo("0 people found.");
        }
    }

    private static void fillDetails(Browser browser, String surname, String forenames, String dob) {
        browser.find(By.id("person-form:surname")).sendKeys(surname);
        browser.find(By.id("person-form:forenames")).sendKeys(forenames);
        browser.choose("person-form:sex", "Male");
        browser.find(By.id("person-form:dob_input")).sendKeys(dob + Keys.TAB);
    }
}
