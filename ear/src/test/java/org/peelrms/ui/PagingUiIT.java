package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.Api;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * Paging through long lists: 25 people of one surname are found 10 at a time, from the header box and
 * from "Search by details", and each page shows different people; an auditor pages through the crime
 * data integrity report and the user-activity report and stays signed in, on the same report.
 *
 * <p>Data: the 25 people it imports in {@code @BeforeAll}, and the audit reports over the demo data and its own
 * searches.
 */
@ExtendWith(ArquillianExtension.class)
class PagingUiIT {
    private static final String SURNAME = "Pagewood-Lister";
    private static final List<String> FORENAMES = List.of("Abigail", "Bernard", "Cecily", "Desmond", "Eleanor", "Fergus",
            "Gwendolyn", "Horace", "Imogen", "Jasper", "Katherine", "Lionel", "Marjorie", "Nathaniel", "Ophelia", "Percival",
            "Rosalind", "Sebastian", "Theodora", "Ulric", "Veronica", "Wilfred", "Xanthe", "Yorick", "Zenobia");
    private static final int NON_CRIMES = 22;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putTwentyFivePeopleOnFile_andCloseReportsAsNonCrime() throws Exception {
        StringBuilder csv = new StringBuilder("ref,surname,forenames,dob,sex,aliases\n");
        for (int i = 0; i < FORENAMES.size(); i++) {
            csv.append("UI-PG-").append(i + 1).append(',').append(SURNAME).append(',').append(FORENAMES.get(i))
                    .append(",19").append(60 + i).append("-03-1").append(i % 9).append(',').append(i % 2 == 0 ? 'F' : 'M')
                    .append(",\n");
        }
        assertThat(Jobs.runImport(csv.toString().getBytes(StandardCharsets.UTF_8))).contains("\"created\":25");
        for (int i = 0; i < NON_CRIMES; i++) {
            HttpResponse<String> received = Api.postJson("supervisor", "api/v1/crime/reports", """
                    {"method":"NON_EMERGENCY_CALL","whatHappened":"Lost wallet %d, later found at home.",
                     "location":"Fishergate, Preston","looksLikeCrime":false,"domesticAbuse":false}""".formatted(i));
            assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(received.body());
            assertThat(id.find()).isTrue();
            HttpResponse<String> closed = Api.postJson("supervisor", "api/v1/crime/reports/" + id.group(1) + "/non-crime",
                    "{\"rationale\":\"Property lost, not stolen (" + i + ").\"}");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        }
    }

    @Test
    void anOfficer_pagesThroughTwentyFiveResults_fromTheHeaderBox_andFromSearchByDetails() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.find(By.id("peel-find-q")).sendKeys(SURNAME + Keys.ENTER);
            assertThat(browser.waitForText(By.id("result-count"), "25 people found")).startsWith("25 people found");
            assertEveryPageShowsDifferentPeople(browser, "results:people");

            browser.open("people/search.xhtml");
            browser.find(By.cssSelector("#details-form legend")).click();
            browser.find(By.id("details-form:surname")).sendKeys(SURNAME);
            browser.find(By.id("details-form:searchDetails")).click();
            assertThat(browser.waitForText(By.id("result-count"), "25 people found")).startsWith("25 people found");
            assertEveryPageShowsDifferentPeople(browser, "results:people");
            browser.screenshot("officer-search-results-page-3");
            assertThat(browser.accessibilityProblems()).isEmpty();
        }
    }

    @Test
    void anAuditor_pagesThroughTheCrimeIntegrityReport_andTheUserActivityReport_andStaysSignedIn() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.open("audit/crime-integrity.xhtml");
            browser.find(By.id("period-form:produce")).click();
            browser.find(By.id("figures-table"));
            assertPageTwoShowsOtherRows_andTheAuditorStaysOnTheReport(browser, "figures:closures", 20);
            browser.screenshot("auditor-crime-integrity-page-2");

            browser.open("audit/report.xhtml?report=user-activity");
            browser.find(By.id("report-form:user")).sendKeys("supervisor");
            browser.find(By.id("report-form:produce")).click();
            browser.find(By.id("summary"));
            assertPageTwoShowsOtherRows_andTheAuditorStaysOnTheReport(browser, "result:rows", 25);
        }
    }

    private static void assertPageTwoShowsOtherRows_andTheAuditorStaysOnTheReport(Browser browser, String table,
            int rowsOnAPage) {
        String report = browser.heading();
        List<String> first = rows(browser, table);
        assertThat(first).hasSize(rowsOnAPage);
        goToPage(browser, table, 2);
        assertThat(browser.find(By.id("signed-in-user")).getText()).contains("auditor");
        assertThat(browser.heading()).isEqualTo(report);
        assertThat(rows(browser, table)).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    /** Pages 1, 2 and 3 of the 25 people: 10, 10 and 5, all different, all of the surname. */
    private static void assertEveryPageShowsDifferentPeople(Browser browser, String table) {
        Set<String> seen = new HashSet<>();
        int[] sizes = {10, 10, 5};
        for (int page = 1; page <= 3; page++) {
            if (page > 1) {
                goToPage(browser, table, page);
            }
            List<String> names = browser.driver().findElements(By.cssSelector("[id='" + table + "'] a.peel-result"))
                    .stream().map(WebElement::getText).toList();
            assertThat(names).as("page " + page).hasSize(sizes[page - 1])
                    .allMatch(name -> name.endsWith(SURNAME.toUpperCase()));
            assertThat(seen).as("page " + page).doesNotContainAnyElementsOf(names);
            seen.addAll(names);
        }
        assertThat(seen).hasSize(25);
    }

    /** Clicks the page number under the table and waits until the table shows other rows than before. */
    private static void goToPage(Browser browser, String table, int page) {
        List<String> before = rows(browser, table);
        browser.find(By.cssSelector("[id='" + table + "'] .ui-paginator-pages"))
                .findElement(By.xpath(".//*[normalize-space()='" + page + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> now = rows(browser, table);
                    return !now.isEmpty() && !now.equals(before);
                });
    }

    /**
     * The rows the table shows, each as its place in the whole list (PrimeFaces' {@code data-ri}) and its text:
     * two entries of the log can read the same (the same action twice in one second), so the text alone
     * would not tell page 1's rows from page 2's.
     */
    private static List<String> rows(Browser browser, String table) {
        return browser.driver().findElements(By.cssSelector("[id='" + table + "'] tbody tr")).stream()
                .map(row -> row.getAttribute("data-ri") + ": " + row.getText()).toList();
    }
}
