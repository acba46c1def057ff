package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.PeelDeployment;

/**
 * An administrator imports a legacy export from the page and watches it finish, adds a group of name
 * variants and rebuilds the index; an officer then finds a person by the new nickname.
 *
 * <p>Data: the file it imports through the page and the name variants it adds.
 */
@BrowserTest
class PeopleDataUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anAdministrator_importsAFile_seesTheRefusedRows_andRebuildsTheIndex() throws Exception {
        Path csv = Files.createTempFile("legacy-export", ".csv");
        Files.writeString(csv, """
                ref,surname,forenames,dob,sex,aliases
                UI-1,Ormerod,Hepzibah,1961-05-05,F,Hepsie Ormerod
                UI-2,Ormerod,Thaddeus,1958-11-30,M,
                UI-3,,Nobody,1958-11-30,M,
                """, StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.find(By.linkText("People data")).click();
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            browser.find(By.id("import-form:upload")).click();
            browser.screenshot("admin-import-started");
            WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Finished"));
            assertThat(browser.find(By.id("job-status")).getText())
                    .startsWith("Finished: 3 of 3 done").contains("2 created").contains("1 refused");
            assertThat(browser.text()).contains("line 4: surname is empty");
            browser.screenshot("admin-import-finished");

            browser.find(By.id("variants-form:group")).sendKeys("Thaddeus, Tad, Taddy");
            browser.find(By.id("variants-form:addGroup")).click();
            browser.message("Name variants added.");
            assertThat(browser.waitForText(By.id("variants-form:groups"), "Thaddeus")).contains("Thaddeus, Tad, Taddy");

            browser.find(By.id("rebuild-form:rebuild")).click();
            browser.waitForText(By.id("progress-form:progress"), "rebuild of the people search index");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Finished"));
            assertThat(browser.find(By.tagName("h2"))).isNotNull();
            assertThat(browser.text()).contains("rebuild of the people search index");
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.find(By.id("peel-find-q")).sendKeys("ORMEROD Tad" + org.openqa.selenium.Keys.ENTER);
            assertThat(browser.find(By.id("results:people")).getText()).contains("Thaddeus ORMEROD")
                    .contains("forename Tad is a form of Thaddeus");
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
