package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.peelrms.it.ItDatabase;
import org.peelrms.it.PeelDeployment;

/**
 * A person's page shows who put them on file and who changed what, old and new values; an auditor
 * runs the audit trail verification report and sees the chain intact, or (after an entry is edited
 * around Peel, and put back afterwards) the first broken link named.
 *
 * <p>Data: the person it puts on file and changes through the pages; the chain it breaks and puts back.
 */
@BrowserTest
class RecordHistoryUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void aPersonsPage_showsTheirChangesWithOldAndNewValues() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("people/edit.xhtml");
            browser.find(By.id("person-form:surname")).sendKeys("Histerwick-Pole");
            browser.find(By.id("person-form:forenames")).sendKeys("Oona");
            browser.choose("person-form:sex", "Female");
            browser.find(By.id("person-form:dob_input")).sendKeys("03/05/1990" + Keys.TAB);
            browser.find(By.id("person-form:check")).click();
            browser.find(By.id("duplicate-count"));
            browser.find(By.id("person-form:save")).click();
            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Oona HISTERWICK-POLE");
            assertThat(browser.find(By.id("change-history")).getText()).contains("officer")
                    .contains("Created").contains("surname: (none) → Histerwick-Pole");

            browser.find(By.id("edit")).click();
            browser.find(By.id("person-form:surname")).clear();
            browser.find(By.id("person-form:surname")).sendKeys("Histerwick-Poole");
            browser.find(By.id("person-form:save")).click();
            assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Oona HISTERWICK-POOLE");
            String history = browser.find(By.id("change-history")).getText();
            assertThat(history).contains("surname: Histerwick-Pole → Histerwick-Poole");
            assertThat(history.indexOf("Histerwick-Pole → Histerwick-Poole")).as("newest first")
                    .isLessThan(history.indexOf("(none) → Histerwick-Pole"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.find(By.id("history-heading")));
            browser.screenshot("person-change-history");
        }
    }

    @Test
    void anAuditor_verifiesTheAuditTrail_andSeesItIntact() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("auditor");
            browser.open("audit/chain.xhtml");
            browser.find(By.id("chain:verify")).click();
            assertThat(browser.waitForText(By.id("chain:intact"), "The audit trail is intact."))
                    .contains("The audit trail is intact.");
            assertThat(browser.find(By.id("last-hash")).getText()).matches("[0-9a-f]{64}");
            browser.screenshot("audit-trail-verified");
        }
    }

    @Test
    void anAuditor_seesTheFirstBrokenLinkNamed_whenAnEntryWasEditedAroundPeel() throws SQLException {
        try (Connection db = DriverManager.getConnection(ItDatabase.jdbcUrl(), "postgres", "postgres");
                Browser browser = new Browser()) {
            long id;
            long position;
            String summary;
            try (Statement sql = db.createStatement(); ResultSet first = sql.executeQuery("SELECT id, chain_position,"
                    + " summary FROM audit.audit_entry WHERE chain_position IS NOT NULL AND summary IS NOT NULL"
                    + " ORDER BY chain_position LIMIT 1")) {
                assertThat(first.next()).isTrue();
                id = first.getLong(1);
                position = first.getLong(2);
                summary = first.getString(3);
            }
            setSummary(db, id, summary + " (edited)");
            try {
                browser.signInAsDemo("auditor");
                browser.open("audit/chain.xhtml");
                browser.find(By.id("chain:verify")).click();
                assertThat(browser.waitForText(By.id("chain:broken"), "The audit trail is broken."))
                        .contains("Entry changed at position " + position)
                        .contains("entry " + id + " has been changed since it was written");
                assertThat(browser.find(By.id("first-break")).getText())
                        .contains("Entry changed: position " + position + ", entry " + id);
                browser.screenshot("audit-trail-broken");
            } finally {
                setSummary(db, id, summary);
            }
        }
    }

    /** What a DBA could do: switch the session's triggers off (superuser only) and edit an entry. */
    private static void setSummary(Connection db, long id, String summary) throws SQLException {
        try (Statement sql = db.createStatement();
                PreparedStatement update = db.prepareStatement("UPDATE audit.audit_entry SET summary = ? WHERE id = ?")) {
            sql.execute("SET session_replication_role = replica");
            update.setString(1, summary);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
            sql.execute("SET session_replication_role = DEFAULT");
        }
    }
}
