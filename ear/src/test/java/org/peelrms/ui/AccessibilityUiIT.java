package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * axe-core on the main page of each role's journeys, as each role sees it: no serious or critical
 * WCAG 2.2 AA problem on any of them (UK public sector bodies must meet WCAG 2.2 AA). The count on each
 * page is printed in the test output.
 *
 * <p>Data: the person it imports in {@code @BeforeAll}; every other page it checks is one a demo user opens.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityUiIT {
    private static final String SURNAME = "Axworthy-Lumen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putSomeoneOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-AX-1," + SURNAME + ",Cordelia,1990-06-01,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
    }

    @Test
    void theMainPagesOfEveryRole_haveNoSeriousOrCriticalAccessibilityProblem() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try (Browser browser = new Browser()) {
            browser.open("");
            browser.find(By.id("j_username"));
            problems.put("sign-in", browser.accessibilityProblems());
            browser.signInAsDemo("supervisor");
            browser.find(By.id("signed-in-user"));
            problems.put("home", browser.accessibilityProblems());
            browser.find(By.id("peel-find-q")).sendKeys(SURNAME + Keys.ENTER);
            browser.find(By.cssSelector("a.peel-result"));
            problems.put("search results", browser.accessibilityProblems());
            browser.find(By.cssSelector("a.peel-result")).click();
            browser.find(By.id("person-name"));
            problems.put("person", browser.accessibilityProblems());
            for (String page : List.of("people/edit.xhtml", "crime/new-report.xhtml", "crime/lists.xhtml",
                    "custody/board.xhtml", "custody/book-in.xhtml", "missing/dashboard.xhtml", "missing/new-report.xhtml",
                    "casefiles/index.xhtml", "audit/case-files.xhtml")) {
                visit(browser, page, problems);
            }
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.find(By.id("signed-in-user"));
            for (String page : List.of("audit/index.xhtml", "audit/log.xhtml", "audit/chain.xhtml",
                    "audit/pace-compliance.xhtml", "audit/missing-persons.xhtml")) {
                visit(browser, page, problems);
            }
            browser.open("audit/report.xhtml?report=user-activity");
            browser.find(By.id("report-form:user")).sendKeys("supervisor");
            browser.find(By.id("report-form:produce")).click();
            browser.find(By.id("summary"));
            problems.put("user-activity report", browser.accessibilityProblems());
            browser.open("audit/crime-integrity.xhtml");
            browser.find(By.id("period-form:produce")).click();
            browser.find(By.id("figures-table"));
            problems.put("crime integrity report", browser.accessibilityProblems());
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.find(By.id("signed-in-user"));
            for (String page : List.of("admin/accounts.xhtml", "admin/people.xhtml", "admin/restrictions.xhtml",
                    "admin/review-intervals.xhtml", "admin/duplicates.xhtml")) {
                visit(browser, page, problems);
            }
        }
        problems.values().removeIf(List::isEmpty);
        assertThat(problems).as("serious or critical axe-core problems by page").isEmpty();
    }

    private static void visit(Browser browser, String page, Map<String, List<String>> problems) {
        browser.open(page);
        browser.find(By.tagName("h1"));
        problems.put(page, browser.accessibilityProblems());
    }
}
