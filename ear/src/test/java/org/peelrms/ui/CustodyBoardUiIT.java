package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * The custody board shows the busy demo suite with overdue and due-soon times in colour; a custody
 * officer books a person in from the keyboard, sees their warning marker at once, and finds them on the
 * board and on the person's own page. An auditor sees the PACE compliance report.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyBoardUiIT {
    private static final String SURNAME = "Quarrendon-Vale";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putTheDetaineeOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-CU-1," + SURNAME + ",Morgan,1992-08-14,M,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
    }

    @Test
    void theBoard_showsEveryDetaineeWithOverdueAndDueSoonInColour_andRefreshesItself() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("custody/board.xhtml");
            assertThat(browser.heading()).isEqualTo("Custody board");
            assertThat(browser.driver().findElements(By.cssSelector("#board-form\\:board tr.board-row")).size())
                    .isGreaterThanOrEqualTo(10);
            assertThat(browser.driver().findElements(By.cssSelector("td.board-review.peel-state-overdue"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("td.board-review.peel-state-due_soon"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("td.board-limit.peel-state-overdue"))).isNotEmpty();
            assertThat(browser.find(By.id("board-form:board")).getText()).contains("Level 3").contains("over").contains("left");
            assertThat(browser.has(By.id("board-form:book-in-link"))).isFalse();
            browser.screenshot("custody-board");
        }
    }

    @Test
    void aCustodyOfficer_booksAPersonInFromTheKeyboard_seesTheirMarker_andFindsThemOnTheBoard() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("custody");
            browser.open("people/search.xhtml?q=" + SURNAME);
            browser.find(By.linkText("Morgan " + SURNAME.toUpperCase())).click();
            browser.find(By.id("markers-form:markerType")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> "true".equals(
                    d.findElement(By.id("markers-form:markerType_label")).getAttribute("aria-expanded")));
            browser.find(By.xpath("//*[@id='markers-form:markerType_panel']//li[@data-label='Violent']")).click();
            browser.find(By.id("markers-form:markerNote")).sendKeys("spat at officers");
            browser.find(By.id("markers-form:setMarker")).click();
            browser.message("Warning marker set.");

            browser.open("custody/book-in.xhtml");
            assertThat(browser.heading()).isEqualTo("Book in");
            browser.find(By.id("book-form:personQuery")).sendKeys(SURNAME + " Morgan" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-person")).click();
            assertThat(browser.find(By.id("person-chosen")).getText()).contains("Morgan " + SURNAME.toUpperCase());
            assertThat(browser.find(By.id("book-form:person-markers")).getText()).contains("Violent");
            browser.find(By.id("book-form:arrestPlace")).sendKeys("Church Street, Preston");
            browser.find(By.id("book-form:officer")).sendKeys("PC 4711 Shaw");
            browser.find(By.cssSelector("input[id$='0:offence']")).sendKeys("Robbery");
            browser.find(By.cssSelector("input[id$='0:indictable']")).click();
            browser.find(By.id("book-form:grounds")).sendKeys("To obtain evidence by questioning.");
            browser.find(By.id("book-form:cell")).sendKeys("C14");
            browser.find(By.id("book-form:health")).sendKeys("No injuries");
            browser.find(By.id("book-form:selfHarm")).sendKeys("None disclosed");
            browser.find(By.id("book-form:alcohol")).sendKeys("None");
            browser.find(By.id("book-form:otherRisks")).sendKeys("Violent marker: two officers to open the cell");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("custody-book-in");
            assertThat(browser.driver().findElements(By.cssSelector("#rights input[type=radio]:checked"))).isEmpty();
            browser.find(By.id("book-form:otherRisks")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            assertThat(browser.message("Say for each right whether the person was told of it"))
                    .contains("Free independent legal advice; Someone informed of the arrest; The codes of practice");
            assertThat(browser.heading()).isEqualTo("Book in");

            state(browser, "Free independent legal advice", "Told: wants it", "the duty solicitor");
            state(browser, "Someone informed of the arrest", "Told: declines it", "");
            browser.find(By.id("book-form:save")).click();
            browser.message("Not stated: The codes of practice may be consulted.");
            state(browser, "The codes of practice may be consulted", "Not yet told", "Shouting; to be told when calm");
            browser.screenshot("custody-book-in-rights");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.find(By.id("book-form:otherRisks")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            browser.message("detention authorised and the PACE clock is running");
            assertThat(browser.find(By.id("entries")).getText()).contains("Wants it: the duty solicitor")
                    .contains("Declines it").contains("Not yet told of the right: The codes of practice may be consulted")
                    .contains("Shouting; to be told when calm");
            assertThat(browser.find(By.id("record-heading")).getText()).contains("in custody");
            assertThat(browser.find(By.id("record-clock")).getText()).contains("left").contains("24 hours (s. 41)");
            assertThat(browser.find(By.id("record-markers")).getText()).contains("Violent");
            assertThat(browser.find(By.id("record-cell")).getText()).isEqualTo("C14");
            browser.find(By.id("entry-form:text")).sendKeys("Seen through the hatch; sitting up, calm");
            browser.find(By.id("entry-form:add")).click();
            browser.message("Cell visit recorded.");
            browser.screenshot("custody-record");

            browser.open("custody/board.xhtml");
            String row = browser.waitForText(By.id("board-form:board"), SURNAME.toUpperCase());
            assertThat(row).contains("C14");
            browser.find(By.linkText("Morgan " + SURNAME.toUpperCase())).click();
            browser.find(By.id("record-heading"));
            browser.find(By.linkText("Morgan " + SURNAME.toUpperCase())).click();
            assertThat(browser.waitForText(By.id("person-custody"), "CU/")).contains("In custody now");
        }
    }

    /** Chooses the officer's answer for one right on the booking-in form, and types what was said or why. */
    private static void state(Browser browser, String right, String answer, String detail) {
        String group = "//fieldset[legend[normalize-space()='" + right + "']]";
        browser.find(By.xpath(group + "//label[normalize-space()='" + answer + "']")).click();
        if (!detail.isEmpty()) {
            browser.find(By.xpath(group + "//input[@type='text']")).sendKeys(detail);
        }
    }

    @Test
    void anAuditor_producesThePaceComplianceReport() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.open("audit/pace-compliance.xhtml");
            browser.find(By.id("period-form:produce")).click();
            assertThat(browser.waitForText(By.id("fig-detentions"), "authorised")).matches("\\d+ \\(.*");
            assertThat(browser.find(By.id("fig-reviews")).getText()).contains("on time").contains("late");
            assertThat(browser.find(By.id("csv")).getAttribute("href")).contains("/api/v1/custody/compliance/csv?from=");
            browser.screenshot("custody-compliance");
        }
    }
}
