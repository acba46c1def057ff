package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * An officer finds a missing person on the people index, takes the report down from the keyboard and
 * grades the risk on the case page; the grading shows as awaiting a supervisor, in the risk history; a
 * photograph added on the case page shows there, and so does a place linked to the case; the person's search hit
 * then shows they have been
 * reported missing once, and on which day.
 *
 * <p>Data: the person it imports in {@code @BeforeAll}, and the case it reports through the pages.
 */
@BrowserTest
class MissingPersonUiIT {
    private static final String SURNAME = "Featherstonehaugh-Bligh";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putThePersonOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-MP-1," + SURNAME + ",Rowena,1990-04-02,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":1");
    }

    @Test
    void anOfficer_takesAMissingPersonReport_andGradesTheRisk() throws IOException {
        String lastSeen = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(2)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("officer");
            browser.open("missing/new-report.xhtml");
            assertThat(browser.heading()).isEqualTo("Missing person report");
            browser.find(By.id("missing-form:personQuery")).sendKeys(SURNAME + " Rowena" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-person")).click();
            assertThat(browser.find(By.id("person-chosen")).getText()).contains("Rowena FEATHERSTONEHAUGH-BLIGH");
            browser.find(By.id("missing-form:reporterName")).sendKeys("Daniel Bligh (husband)");
            browser.find(By.id("missing-form:lastSeenAt_input")).sendKeys(lastSeen + Keys.TAB);
            browser.find(By.id("missing-form:lastSeenPlace")).sendKeys("Fishergate, Preston");
            browser.find(By.id("missing-form:circumstances")).sendKeys("Left for work and never arrived.");
            browser.find(By.id("missing-form:description")).sendKeys("Tall; red raincoat, black boots.");
            browser.find(By.cssSelector("input[id^='missing-form:vulnerabilities'][value='MENTAL_HEALTH']")).click();
            browser.screenshot("officer-missing-report");
            browser.find(By.id("missing-form:description")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            assertThat(browser.waitForText(By.id("case-heading"), "Case ")).contains("Rowena FEATHERSTONEHAUGH-BLIGH");
            browser.message("grade the risk now");
            assertThat(browser.find(By.id("risk")).getText()).isEqualTo("Not graded yet");

            new Select(browser.find(By.cssSelector("select[id$=':level']"))).selectByVisibleText("High");
            browser.find(By.cssSelector("textarea[id$=':rationale']")).sendKeys("Recent mental health crisis; phone off.");
            browser.find(By.cssSelector("button[id$=':grade']")).click();

            assertThat(browser.waitForText(By.id("risk"), "High")).contains("awaiting a supervisor");
            assertThat(browser.find(By.id("risk-history")).getText()).contains("First grading").contains("officer")
                    .contains("Recent mental health crisis");
            assertThat(browser.find(By.id("next-review")).getText()).isNotBlank();
            browser.screenshot("officer-missing-case-graded");

            assertThat(browser.find(By.id("no-photograph")).getText()).contains("No photograph yet");
            browser.driver().findElement(By.cssSelector("#photograph-form input[type=file]")).sendKeys(aPhotograph().toString());
            browser.find(By.id("photograph-form:photographDescription")).sendKeys("Taken by her husband last month");
            browser.find(By.id("photograph-form:addPhotograph")).click();
            assertThat(browser.message("Photograph added")).contains("Photograph added");
            assertThat(browser.find(By.id("photograph-image")).getAttribute("alt"))
                    .isEqualTo("Photograph of Rowena FEATHERSTONEHAUGH-BLIGH");
            assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('photograph-image').naturalWidth")).intValue()).isEqualTo(120);
            assertThat(browser.find(By.id("photograph-caption")).getText()).contains("Taken by her husband last month")
                    .contains("by officer");
            assertThat(browser.find(By.id("risk")).getText()).contains("High");
            browser.screenshot("officer-missing-case-photograph");

            browser.find(By.xpath("//*[contains(@class,'ui-accordion-header')][contains(.,'Link a person or place')]")).click();
            browser.find(By.cssSelector("input[id$=':place']")).sendKeys("Fishergate Shopping Centre");
            browser.find(By.cssSelector("input[id$=':placeRelationship']")).sendKeys("works there");
            browser.find(By.cssSelector("button[id$=':linkPlaceButton']")).click();
            assertThat(browser.waitForText(By.id("links"), "Fishergate Shopping Centre")).contains("works there")
                    .contains("by officer");

            browser.find(By.id("peel-find-q")).sendKeys(SURNAME + Keys.ENTER);
            assertThat(browser.heading()).isEqualTo("Find a person");
            assertThat(browser.find(By.cssSelector(".peel-missing-count")).getText()).matches("1: \\d\\d/\\d\\d/\\d{4}");
        }
    }

    /** A real 120 × 160 PNG, as a phone's picture would be sent. */
    private static Path aPhotograph() throws IOException {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(20, 40, 80, 120);
        g.dispose();
        Path file = Files.createTempFile("missing-photograph-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
