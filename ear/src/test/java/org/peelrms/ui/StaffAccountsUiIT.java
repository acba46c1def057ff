package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.peelrms.it.Api;
import org.peelrms.it.PeelDeployment;

/**
 * An administrator opens an account; bad input is refused with a message, and the new user can sign in. An
 * administrator disables an account from the page, and it can no longer sign in; a user changes their own password
 * from the page, and signs in with the new one.
 *
 * <p>Data: the accounts it opens through the page or for itself over REST.
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

    @Test
    void anAdministratorDisablesAnAccount_fromThePage_andItCanNoLongerSignIn() {
        openOverRest("pc.evans", "evans-first-password");
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("admin");
            browser.open("admin/accounts.xhtml");
            browser.choose("change-form:chosen", "pc.evans (PC Test)");
            browser.find(By.id("change-form:disable")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("Say why you are disabling");

            browser.find(By.id("change-form:reason")).sendKeys("Suspended pending inquiry");
            browser.find(By.id("change-form:disable")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Account pc.evans disabled.");
            assertThat(browser.find(By.id("accounts-form:accounts")).getText()).containsPattern("pc\\.evans.*Disabled");
            assertThat(browser.find(By.id("throttles-form:throttles")).isDisplayed()).isTrue();
            browser.screenshot("admin-disabled-account");
            browser.find(By.id("sign-out")).click();

            browser.signIn("pc.evans", "evans-first-password");
            assertThat(browser.find(By.id("login-error")).getText()).contains("not right");
        }
    }

    @Test
    void aUserChangesTheirOwnPassword_andSignsInWithTheNewOne() {
        openOverRest("pc.price", "price-first-password");
        try (Browser browser = new Browser()) {
            browser.signIn("pc.price", "price-first-password");
            browser.find(By.id("my-password")).click();
            browser.find(By.id("password-form:current")).sendKeys("price-first-password");
            browser.find(By.id("password-form:replacement")).sendKeys("price-second-password");
            browser.find(By.id("password-form:repeated")).sendKeys("price-second-password");
            browser.find(By.id("password-form:change")).click();
            assertThat(browser.find(By.cssSelector(".ui-messages-info")).getText()).contains("Your password has been changed.");
            browser.screenshot("own-password-changed");
            assertThat(browser.find(By.id("signed-in-user")).getText()).contains("pc.price");
            browser.find(By.id("sign-out")).click();

            browser.signIn("pc.price", "price-second-password");
            assertThat(browser.find(By.id("signed-in-user")).getText()).contains("pc.price");
        }
    }

    private static void openOverRest(String username, String password) {
        HttpResponse<String> opened = Api.postJson("admin", "api/v1/accounts", """
                {"username":"%s","displayName":"PC Test","password":"%s","roles":["OFFICER"],"serviceAccount":false}"""
                .formatted(username, password));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    private static void fill(Browser browser, String username, String name, String password) {
        browser.find(By.id("accounts-form:username")).sendKeys(username);
        browser.find(By.id("accounts-form:displayName")).sendKeys(name);
        browser.find(By.id("accounts-form:password")).sendKeys(password);
    }
}
