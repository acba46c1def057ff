package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.Api;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;
import org.peelrms.it.UniqueLetters;

/**
 * An administrator reviews the possible duplicates from the page (issue 18): runs the search for people on file
 * twice and watches it finish, pages through the queue to a planted pair and reads why it was found, says another
 * pair are not the same person (a reason is required), and finds that pair among those dismissed, with the reason.
 * Then compares and merges the planted pair: the merge is refused while the heights the two records give differently
 * are not settled, and done once they are; an officer searching the merged-away name lands on the survivor, and the
 * merged-away record's number opens the survivor saying so; the administrator undoes the merge (a reason is
 * required) and the officer finds both again.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, their surnames made unique with a random token: two pairs
 * of one person on file twice (the pair to merge given two heights), and ten more pairs so that the queue has more
 * than one page.
 */
@BrowserTest
class DuplicateReviewUiIT {
    private static final String TOKEN = UniqueLetters.next();
    private static final String TWICE = "Quenby" + TOKEN;
    private static final String DIFFERENT = "Ormsby" + TOKEN;
    private static final List<String> MORE = List.of("Abernathy", "Blencowe", "Cardew", "Dimmock", "Eversleigh",
            "Fairweather", "Gathercole", "Hollingworth", "Ingleby", "Jessop");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleOnFileTwice() throws InterruptedException {
        StringBuilder csv = new StringBuilder("ref,surname,forenames,dob,sex,aliases\n")
                .append("DR-%1$s-1,%2$s,Rosemary,1971-04-12,F,\nDR-%1$s-2,%2$s,Rosie,1971-04-12,F,\n".formatted(TOKEN, TWICE))
                .append("DR-%1$s-3,%2$s,William,1968-03-14,M,\nDR-%1$s-4,%2$s,Bill,1968-03-14,M,\n".formatted(TOKEN, DIFFERENT));
        for (int i = 0; i < MORE.size(); i++) {
            for (int copy = 0; copy < 2; copy++) {
                csv.append("DR-%s-%d-%d,%s%s,Evangeline,19%d-0%d-2%d,F,\n".formatted(TOKEN, i, copy, MORE.get(i), TOKEN,
                        50 + i, 1 + i % 9, i % 8));
            }
        }
        assertThat(Jobs.runImport(csv.toString().getBytes(StandardCharsets.UTF_8))).contains("\"status\":\"FINISHED\"")
                .contains("\"created\":24");
        rosemary = Api.personId(TWICE, "DR-" + TOKEN + "-1");
        rosie = Api.personId(TWICE, "DR-" + TOKEN + "-2");
        giveHeight(rosemary, "Rosemary", 165);
        giveHeight(rosie, "Rosie", 168);
    }

    private static long rosemary;
    private static long rosie;

    private static void giveHeight(long id, String forenames, int centimetres) {
        String version = Api.captured(Api.get("officer", "api/v1/nominals/" + id).body(), "\"version\":(\\d+)");
        HttpResponse<String> corrected = Api.putJson("officer", "api/v1/nominals/" + id, ("{\"version\":%s,\"surname\":\"%s\","
                + "\"forenames\":\"%s\",\"dateOfBirth\":\"1971-04-12\",\"sex\":\"FEMALE\",\"heightCm\":%d}")
                .formatted(version, TWICE, forenames, centimetres));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    }

    @Test
    void anAdministrator_findsDuplicates_readsWhy_andSaysAPairAreNotTheSamePerson() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.find(By.linkText("Possible duplicates")).click();
            browser.find(By.id("find-form:find")).click();
            browser.message("The search for people on file twice has started.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Finished"));
            assertThat(browser.find(By.id("job-status")).getText()).containsPattern("Finished: (\\d+) of \\1 people compared");

            assertThat(rows(browser)).as("a page of the queue").hasSize(10);
            goToPage(browser, 2);
            goToPage(browser, 1);
            WebElement twice = pairRow(browser, TWICE);
            assertThat(twice.getText()).contains(TWICE.toUpperCase() + ", Rosemary, born 12/04/1971")
                    .contains(TWICE.toUpperCase() + ", Rosie, born 12/04/1971").contains("forename forms of one name")
                    .contains("born the same day").containsPattern("\\b\\d{1,3}%");
            assertThat(browser.accessibilityProblems()).isEmpty();

            pairRow(browser, DIFFERENT).findElement(By.cssSelector("button[id$=':dismiss']")).click();
            assertThat(browser.waitForText(By.id("dismiss-pair"), DIFFERENT.toUpperCase())).contains("William").contains("Bill");
            browser.find(By.id("dismiss-form:record")).click();
            browser.message("Give your reason: why are they different people?");
            String reason = "Different fathers named on the PNC " + TOKEN;
            browser.find(By.id("dismiss-form:reason")).sendKeys(reason);
            browser.find(By.id("dismiss-form:record")).click();
            browser.message("are not the same person.");
            assertThat(browser.find(By.id("queue-form:pairs")).getText()).doesNotContain(DIFFERENT.toUpperCase() + ", William");

            browser.find(By.partialLinkText("Not the same person (")).click();
            assertThat(pairRow(browser, DIFFERENT).getText()).contains("admin").contains(reason);
            browser.screenshot("admin-duplicates-not-the-same-person");

            browser.find(By.partialLinkText("To review (")).click();
            pairRow(browser, TWICE).findElement(By.xpath(".//a[contains(., 'Compare and merge')]")).click();
            mergeKeepingRosemary_butRosiesHeight(browser);
            try (Browser officer = new Browser()) {
                officer.signInAsDemo("officer");
                assertThat(search(officer, TWICE + " Rosie")).as("the merged-away name finds the survivor only")
                        .containsExactly("Rosemary " + TWICE.toUpperCase());
                officer.find(By.cssSelector("a.peel-result")).click();
                assertThat(officer.waitForText(By.id("person-name"), "Rosemary")).isEqualTo("Rosemary " + TWICE.toUpperCase());
                assertThat(officer.find(By.id("names-form:names")).getText()).contains("Rosie " + TWICE.toUpperCase())
                        .contains("DR-" + TOKEN + "-2");
                assertThat(officer.text()).contains("168 cm");
                officer.open("people/person.xhtml?id=" + rosie);
                assertThat(officer.waitForText(By.id("merged-note"), "was merged into this one"))
                        .startsWith("Record " + rosie + " (DR-" + TOKEN + "-2) was merged into this one on ").endsWith(" by admin.");
                assertThat(officer.find(By.id("person-number")).getText()).isEqualTo(String.valueOf(rosemary));

                browser.find(By.id("undo-form:undo")).click();
                browser.message("Give your reason for undoing the merge.");
                browser.find(By.id("undo-form:undoReason")).sendKeys("Merged in error: two sisters " + TOKEN);
                browser.find(By.id("undo-form:undo")).click();
                browser.message("The merge is undone");
                assertThat(browser.find(By.id("merge-undone")).getText()).contains("by admin: Merged in error: two sisters");

                assertThat(search(officer, TWICE + " Rosie")).as("both records again")
                        .containsExactlyInAnyOrder("Rosemary " + TWICE.toUpperCase(), "Rosie " + TWICE.toUpperCase());
            }
            browser.open("admin/duplicates.xhtml");
            assertThat(browser.find(By.id("merges-form:merges")).getText()).contains(TWICE.toUpperCase() + ", Rosie")
                    .contains("Merged in error: two sisters " + TOKEN);
            assertThat(pairRow(browser, TWICE).getText()).as("the pair back in the queue").contains("Rosemary");
        }
    }

    /** On the merge screen: the two side by side, the merge refused until the heights are settled, then done. */
    private static void mergeKeepingRosemary_butRosiesHeight(Browser browser) {
        String records = browser.waitForText(By.id("records"), "Rosie");
        assertThat(records).contains("Rosemary").contains("165 cm").contains("168 cm").contains("12/04/1971");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.find(By.xpath("//label[starts-with(@for, 'merge-form:survivor') and contains(., 'Rosemary')]")).click();
        browser.find(By.id("merge-form:reason")).sendKeys("Same woman: Rosie is what she is called " + TOKEN);
        browser.find(By.id("merge-form:merge")).click();
        browser.message("Choose which height to keep.");
        browser.find(By.xpath("//label[contains(@for, ':keep') and contains(., '168 cm')]")).click();
        browser.find(By.id("merge-form:merge")).click();
        browser.message("Merged: ");
        assertThat(browser.find(By.id("merge-done")).getText()).startsWith(TWICE.toUpperCase() + ", Rosie, born 12/04/1971")
                .contains("was merged into " + TWICE.toUpperCase() + ", Rosemary").contains("by admin: Same woman");
        browser.screenshot("admin-merge-done");
    }

    /** The names the header box finds for this line, as the results list shows them. */
    private static List<String> search(Browser officer, String line) {
        officer.open("index.xhtml");
        officer.find(By.id("peel-find-q")).sendKeys(line + Keys.ENTER);
        officer.waitForText(By.id("result-count"), "found");
        return officer.driver().findElements(By.cssSelector("a.peel-result")).stream().map(WebElement::getText).toList();
    }

    /** The row of the queue with the pair of this surname, paging on until it shows (most probable pairs come first). */
    static WebElement pairRow(Browser browser, String surname) {
        By row = By.xpath("//*[@id='queue-form:pairs']//tbody/tr[contains(., '" + surname.toUpperCase() + "')]");
        while (!browser.has(row)) {
            By next = By.cssSelector("[id='queue-form:pairs'] .ui-paginator-next:not(.ui-state-disabled)");
            assertThat(browser.has(next)).as("the pair of " + surname + " in the queue").isTrue();
            List<String> before = rows(browser);
            browser.find(next).click();
            waitForOtherRows(browser, before);
        }
        return browser.find(row);
    }

    /** Clicks the page number under the queue and waits until it shows other pairs than before. */
    private static void goToPage(Browser browser, int page) {
        List<String> before = rows(browser);
        browser.find(By.cssSelector("[id='queue-form:pairs'] .ui-paginator-pages"))
                .findElement(By.xpath(".//*[normalize-space()='" + page + "']")).click();
        waitForOtherRows(browser, before);
        assertThat(rows(browser)).as("page " + page).doesNotContainAnyElementsOf(before);
    }

    private static void waitForOtherRows(Browser browser, List<String> before) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> now = rows(browser);
                    return !now.isEmpty() && !now.equals(before);
                });
    }

    /** The queue's rows as shown, each with its place in the whole queue (PrimeFaces' data-ri). */
    private static List<String> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='queue-form:pairs'] tbody tr")).stream()
                .map(row -> row.getAttribute("data-ri") + ": " + row.getText()).toList();
    }
}
