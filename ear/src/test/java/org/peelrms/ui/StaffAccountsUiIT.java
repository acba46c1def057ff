package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peelrms.it.PeelDeployment;

/**
 * An administrator opens an account; bad input is refused with a message, and the new user can sign in.
 *
 * <p>Data: the account it opens through the page.
 */
@BrowserTest
class StaffAccountsUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @Test
    void anAdministrator_opensAnAccount_thatThenSignsInWithItsRole() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.open("admin/accounts.xhtml");

            fill(browser, "pc.jones", "PC Rhys Jones", "too-short");
            browser.find(By.xpath("//label[text()='Officer']")).click();
            browser.find(By.id("accounts-form:open")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText())
                    .contains("a password must be at least 12 characters");
            assertThat(browser.find(By.id("accounts-form:accounts")).getText()).doesNotContain("pc.jones");

            browser.find(By.id("accounts-form:password")).sendKeys("a-long-enough-password");
            browser.find(By.id("accounts-form:open")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Account pc.jones opened.");
            assertThat(browser.find(By.id("accounts-form:accounts")).getText()).contains("pc.jones");
            browser.screenshot("admin-opened-account");
            browser.find(By.id("sign-out")).click();

            browser.signIn("pc.jones", "a-long-enough-password");
            assertThat(browser.find(By.id("signed-in-user")).getText()).contains("pc.jones").contains("Officer");
            assertThat(browser.has(By.linkText("People"))).isTrue();
        }
    }

    @Test
    void aTakenUserName_isRefusedWithAMessage() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.open("admin/accounts.xhtml");
            fill(browser, "auditor", "Someone Else", "another-long-password");
            browser.find(By.xpath("//label[text()='Administrator']")).click();
            browser.find(By.id("accounts-form:open")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText())
                    .contains("The user name auditor is already taken.");
        }
    }

    private static void fill(Browser browser, String username, String name, String password) {
        browser.find(By.id("accounts-form:username")).sendKeys(username);
        browser.find(By.id("accounts-form:displayName")).sendKeys(name);
        browser.find(By.id("accounts-form:password")).sendKeys(password);
    }
}
