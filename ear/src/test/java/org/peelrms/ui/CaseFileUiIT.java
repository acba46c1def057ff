package org.peelrms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.peelrms.it.Jobs;
import org.peelrms.it.PeelDeployment;

/**
 * An investigator opens a case file for a crime and a suspect found on the people index, links a witness,
 * writes the forms an expedited file needs, records the statement as signed, sees the quality check shrink
 * to the supervisor's certification, and submits the file for checking, from the keyboard and the mouse.
 *
 * <p>Data: the people it imports in {@code @BeforeAll}, and the crime and file it makes through the pages.
 */
@BrowserTest
class CaseFileUiIT {
    private static final String SUSPECT = "Wetherall-Penhaligon";
    private static final String WITNESS = "Brackenbury-Oduya";
    private static String crimeNumber;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void putPeopleAndACrimeOnFile() throws Exception {
        String csv = "ref,surname,forenames,dob,sex,aliases\nUI-CF-1," + SUSPECT + ",Marcus,1991-02-14,M,\nUI-CF-2," + WITNESS
                + ",Grace,1985-09-09,F,\n";
        assertThat(Jobs.runImport(csv.getBytes(StandardCharsets.UTF_8))).contains("\"created\":2");
        long victim = number(get("api/v1/nominals?q=" + WITNESS + "&limit=1"), "\"id\":(\\d+)");
        String at = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString();
        long report = number(post("api/v1/crime/reports", """
                {"method":"IN_PERSON","reportedAt":"%s","whatHappened":"Handbag snatched at the bus station.",
                 "location":"Preston bus station","looksLikeCrime":true,"domesticAbuse":false}""".formatted(at)), "\"id\":(\\d+)");
        long crime = number(post("api/v1/crime/reports/" + report + "/crimes", """
                {"crimes":[{"classificationCode":"8N","occurredFrom":"%s","officerInCharge":"investigator","victimPersonId":%d}]}"""
                .formatted(at, victim)), "(\\d+)");
        Matcher number = Pattern.compile("\"number\":\"(CR/[^\"]+)\"").matcher(get("api/v1/crime/crimes/" + crime));
        assertThat(number.find()).isTrue();
        crimeNumber = number.group(1);
    }

    @Test
    void anInvestigator_assemblesAnExpeditedFile_andSubmitsItForChecking() {
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.open("casefiles/index.xhtml");
            assertThat(browser.heading()).isEqualTo("Case files");
            new Select(browser.find(By.id("new-file:type"))).selectByValue("EXPEDITED");
            browser.find(By.id("new-file:crimeNumber")).sendKeys(crimeNumber);
            browser.find(By.id("new-file:supervisor")).sendKeys("supervisor");
            browser.find(By.id("new-file:suspectQuery")).sendKeys(SUSPECT + " Marcus" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-suspect")).click();
            assertThat(browser.find(By.id("suspect-chosen")).getText()).contains("Marcus WETHERALL-PENHALIGON");
            browser.find(By.id("new-file:open")).click();

            assertThat(browser.waitForText(By.id("file-heading"), "Expedited")).matches("CF/\\d{4}/\\d{6}: .*");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("Draft");
            assertThat(browser.find(By.id("missing-list")).getText()).contains("MG3").contains("MG11").contains("MG15");
            assertThat(browser.unlabelledFields()).isEmpty();

            browser.find(By.id("links:personQuery")).sendKeys(WITNESS + " Grace" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-person")).click();
            new Select(browser.find(By.id("links:role"))).selectByValue("WITNESS");
            browser.find(By.id("links:linkPerson")).click();
            browser.message("Witness linked.");

            write(browser, "MG3", null, "Handbag snatched at the bus station; CCTV shows the suspect. Charge advised: theft.");
            write(browser, "MG5", null, "The suspect snatched the victim's handbag and ran; arrested nearby with the bag.");
            write(browser, "MG11", "Grace BRACKENBURY-ODUYA (witness)", "He grabbed my bag and ran towards Church Street.");
            write(browser, "MG15", "Marcus WETHERALL-PENHALIGON (suspect)", "Admitted taking the bag; said he was desperate.");
            browser.find(By.cssSelector(".sign-form")).click();
            browser.message("Signed.");
            assertThat(browser.find(By.id("missing-list")).getText()).contains("not yet certified by a supervisor")
                    .doesNotContain("MG11").doesNotContain("MG15");
            browser.screenshot("investigator-case-file-assembled");

            browser.find(By.id("workflow:submit")).click();
            assertThat(browser.waitForText(By.id("status"), "With supervisor")).isEqualTo("With supervisor");
            assertThat(browser.find(By.id("stages")).getText()).contains("Draft").contains("With supervisor").contains("investigator");
            assertThat(browser.has(By.id("write"))).isFalse();
            browser.screenshot("investigator-case-file-submitted");

            browser.open("casefiles/index.xhtml");
            assertThat(browser.find(By.id("mine")).getText()).contains("With supervisor").contains("Marcus WETHERALL-PENHALIGON");
        }
    }

    @Test
    void aSupervisor_returnsASubmittedFile_withFeedbackThatStaysOnIt() {
        String reference;
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("investigator");
            browser.open("casefiles/index.xhtml");
            new Select(browser.find(By.id("new-file:type"))).selectByValue("PRE_CHARGE");
            browser.find(By.id("new-file:crimeNumber")).sendKeys(crimeNumber);
            browser.find(By.id("new-file:suspectQuery")).sendKeys(SUSPECT + " Marcus" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-suspect")).click();
            browser.find(By.id("new-file:open")).click();
            reference = browser.waitForText(By.id("file-heading"), "Pre-charge").split(":")[0];
            write(browser, "MG3", null, "Charging advice sought: theft.");
            write(browser, "MG5", null, "Summary of the evidence.");
            browser.find(By.id("links:personQuery")).sendKeys(WITNESS + " Grace" + Keys.ENTER);
            browser.find(By.cssSelector(".choose-person")).click();
            browser.find(By.id("links:linkPerson")).click();
            browser.message("Witness linked.");
            write(browser, "MG11", "Grace BRACKENBURY-ODUYA (witness)", "I saw him take it.");
            write(browser, "MG15", "Marcus WETHERALL-PENHALIGON (suspect)", "No comment.");
            browser.find(By.cssSelector(".sign-form")).click();
            browser.message("Signed.");
            browser.find(By.id("workflow:submit")).click();
            browser.waitForText(By.id("status"), "With supervisor");
        }
        try (Browser browser = new Browser()) {
            browser.signInAsDemo("supervisor");
            browser.open("casefiles/index.xhtml");
            assertThat(browser.find(By.id("awaiting")).getText()).contains(reference);
            browser.find(By.linkText(reference)).click();
            assertThat(browser.waitForText(By.id("status"), "With supervisor")).isEqualTo("With supervisor");
            browser.find(By.id("workflow:return")).click();
            browser.message("Write the feedback");
            browser.find(By.id("workflow:feedback")).sendKeys("Add the CCTV timings to the MG5.");
            browser.find(By.id("workflow:return")).click();
            assertThat(browser.waitForText(By.id("status"), "Returned")).isEqualTo("Returned");
            assertThat(browser.find(By.id("stages")).getText()).contains("Add the CCTV timings to the MG5.").contains("supervisor");
            assertThat(browser.has(By.id("workflow:submit"))).as("only the officer in the case resubmits").isFalse();
            browser.screenshot("supervisor-case-file-returned");
        }
    }

    private static void write(Browser browser, String form, String person, String text) {
        new Select(browser.find(By.id("write:form"))).selectByValue(form);
        Select who = new Select(browser.find(By.id("write:formPerson")));
        if (person == null) {
            who.selectByIndex(0);
        } else {
            who.selectByVisibleText(person);
        }
        browser.find(By.id("write:text")).sendKeys(text);
        browser.find(By.id("write:saveForm")).click();
        browser.message(form + " saved.");
    }

    private static String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).GET());
    }

    private static String post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(PeelDeployment.BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        String token = Base64.getEncoder().encodeToString("officer:peel-demo-officer".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private static long number(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
