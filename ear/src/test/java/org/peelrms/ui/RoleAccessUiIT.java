package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peelrms.it.PeelDeployment;

/**
 * Each demo user signs in through the form in a real browser and sees only what their role opens:
 * the menu offers it, the page opens, and the other areas say "not open to your role".
 *
 * <p>Data: the demo accounts.
 */
@BrowserTest
class RoleAccessUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @ParameterizedTest(name = "{0} opens people={1}, audit={2}, admin={3}")
    @CsvSource({
        "officer,      true,  false, false",
        "custody,      true,  false, false",
        "investigator, true,  false, false",
        "supervisor,   true,  false, false",
        "auditor,      false, true,  false",
        "admin,        false, false, true"})
    void eachRole_opensItsOwnAreasOnly(String user, boolean people, boolean audit, boolean admin) {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo(user);
            assertThat(browser.heading()).isEqualTo("Home");
            assertThat(browser.find(By.id("signed-in-user")).getText()).contains(user);

            assertThat(browser.has(By.linkText("People"))).isEqualTo(people);
            assertThat(browser.has(By.linkText("Audit log"))).isEqualTo(audit);
            assertThat(browser.has(By.linkText("Staff accounts"))).isEqualTo(admin);
            assertThat(browser.has(By.id("peel-find-q"))).isEqualTo(people);

            browser.screenshot(user + "-home");
            assertOpens(browser, "people/search.xhtml", "Find a person", people);
            assertOpens(browser, "crime/new-report.xhtml", "New report", people);
            assertOpens(browser, "crime/lists.xhtml", "Crime lists", people);
            assertOpens(browser, "missing/new-report.xhtml", "Missing person report", people);
            assertOpens(browser, "missing/dashboard.xhtml", "Missing persons", people);
            assertOpens(browser, "audit/index.xhtml", "Auditors' area", audit);
            assertOpens(browser, "audit/log.xhtml", "Audit log", audit);
            assertOpens(browser, "audit/report.xhtml?report=unusual-activity", "Unusual searches and views", audit);
            assertOpens(browser, "audit/crime-integrity.xhtml", "Crime data integrity", audit);
            assertOpens(browser, "custody/board.xhtml", "Custody board", people);
            assertOpens(browser, "audit/pace-compliance.xhtml", "PACE compliance", audit);
            assertOpens(browser, "audit/missing-persons.xhtml", "Missing persons report", audit);
            assertOpens(browser, "casefiles/index.xhtml", "Case files", people);
            assertOpens(browser, "audit/case-files.xhtml", "Case files report", audit || "supervisor".equals(user));
            assertOpens(browser, "admin/accounts.xhtml", "Staff accounts", admin);
            browser.screenshot(user + "-last-page");
        }
    }

    private static void assertOpens(Browser browser, String path, String heading, boolean allowed) {
        browser.open(path);
        if (allowed) {
            assertThat(browser.heading()).isEqualTo(heading);
            assertThat(browser.unlabelledFields()).as("fields without a label on " + path).isEmpty();
        } else {
            assertThat(browser.heading()).isEqualTo("Not open to your role");
        }
    }

    @Test
    void aStranger_isSentToTheSignInPage() {
        try (Browser browser = new Browser()) {
            browser.open("audit/index.xhtml");
            assertThat(browser.find(By.id("sign-in")).isDisplayed()).isTrue();
            assertThat(browser.unlabelledFields()).isEmpty();
        }
    }

    @Test
    void aWrongPassword_saysSo_andTheAuditorSeesTheAttempt() {
        try (Browser browser = new Browser()) {
            browser.signIn("supervisor", "guessing-wrongly");
            assertThat(browser.find(By.id("login-error")).getText()).contains("not right");

            browser.signInAsDemo("auditor");
            browser.open("audit/log.xhtml");
            browser.find(By.id("filter:user")).sendKeys("supervisor");
            browser.find(By.id("filter:apply")).click();
            browser.find(By.xpath("//td[text()='Failed sign-in']"));
            assertThat(browser.text()).contains("Failed sign-in");
            browser.screenshot("auditor-failed-sign-ins");
        }
    }

    @Test
    void theHeaderSearchBox_findsPeople_fromTheKeyboard() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.find(By.id("peel-find-q")).sendKeys("Smith" + Keys.ENTER);
            assertThat(browser.heading()).isEqualTo("Find a person");
            assertThat(browser.find(By.id("result-count")).getText()).matches("1 person found\\.|[1-9]\\d* people found\\.");
            browser.screenshot("officer-search-results");
        }
    }

    @Test
    void signingOut_endsTheSession() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.find(By.id("sign-out")).click();
            assertThat(browser.find(By.id("signed-out")).getText()).contains("signed out");
            browser.open("people/search.xhtml");
            assertThat(browser.find(By.id("sign-in")).isDisplayed()).isTrue();
        }
    }
}
