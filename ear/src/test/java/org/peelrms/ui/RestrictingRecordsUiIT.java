package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peelrms.it.Api;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * An administrator restricts a person from the restricted records page, naming who may still see them,
 * and finds the restriction under "Restricted by you"; restricting to themselves alone is refused (they
 * cannot open records). An officer putting someone with the same details on file is told that a
 * restricted record may match, and whom to ask, without being shown it.
 *
 * <p>Data: the person it imports in {@code @BeforeAll} and restricts through the page.
 */
@ExtendWith(ArquillianExtension.class)
class RestrictingRecordsUiIT {
    private static final String SURNAME = "Wetherspoon-Halloway";
    private static long personId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putTheWitnessOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-RR-1," + SURNAME + ",Lavinia,1984-11-02,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(Api.get("officer", "api/v1/nominals?q=" + SURNAME + "&limit=1").body());
        assertThat(id.find()).isTrue();
        personId = Long.parseLong(id.group(1));
    }

    @Test
    void anAdministrator_restrictsAPersonFromThePage_andAnOfficerIsToldARestrictedRecordMayMatch() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.open("admin/restrictions.xhtml");
            new Select(browser.find(By.id("restrict-form:record-type"))).selectByVisibleText("person");
            browser.find(By.id("restrict-form:record-id_input")).sendKeys(String.valueOf(personId));
            new Select(browser.find(By.id("restrict-form:category"))).selectByIndex(1);
            browser.find(By.id("restrict-form:reason")).sendKeys("Protected witness in a murder trial");
            browser.find(By.id("restrict-form:restrict")).click();
            browser.message("Name the users or access groups who may still see this record");

            browser.find(By.id("restrict-form:users")).sendKeys("investigator");
            browser.find(By.id("restrict-form:restrict")).click();
            browser.message("Restricted: person " + personId + ".");
            assertThat(browser.waitForText(By.id("restrictions-form:mine"), "person " + personId)).contains("investigator");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("admin-restricts-a-person");
            assertThat(browser.accessibilityProblems()).isEmpty();
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("people/edit.xhtml");
            browser.find(By.id("person-form:surname")).sendKeys(SURNAME);
            browser.find(By.id("person-form:forenames")).sendKeys("Lavinia");
            browser.choose("person-form:sex", "Female");
            browser.find(By.id("person-form:check")).click();
            assertThat(browser.waitForText(By.id("duplicate-count"), "Nobody")).isEqualTo("Nobody you may see matches.");
            assertThat(browser.find(By.id("person-form:restricted-may-match")).getText())
                    .contains("A restricted record may also match").contains("ask an administrator")
                    .doesNotContain("Lavinia");
        }
    }

}
