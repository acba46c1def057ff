package org.peelrms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People imported through the REST API are found again through the REST search despite each kind
 * of slip an officer meets, first in the list, with the reason named; a name not on file finds no one.
 *
 * <p>Data: the people it imports in {@code @BeforeAll} (names chosen not to occur in the demo population).
 */
@ExtendWith(ArquillianExtension.class)
class NameSearchIT {
    private static final String PEOPLE = """
            ref,surname,forenames,dob,sex,aliases
            NS-001,Featherstonehaugh,William,1971-04-02,M,Bill Fanshaw
            NS-002,Muhammad,Abdirahman,1990-11-23,M,
            NS-003,Wiśniewski,Łukasz,1988-06-15,M,
            NS-004,Davies-Ocheltree,Rhiannon,1979-09-30,F,
            NS-005,Quaintance,Margaret,1950-01-20,F,
            NS-006,Thorneycroft,Stephen,1966-07-07,M,
            NS-007,Шевченко,Тарас,1984-03-09,M,
            NS-008,Ivanov,Sergei,1980-12-12,M,
            NS-009,Papadopoulos,Giorgos,1975-05-05,M,
            NS-BAD1,Jones,Tom,1985-13-45,M,
            NS-BAD2,,Tom,1985-01-01,M,
            NS-BAD3,Jones,Tom,1985-01-01,X,
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PeelDeployment.ear();
    }

    @BeforeAll
    static void importPeople() throws Exception {
        String job = Jobs.runImport(PEOPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(job).contains("\"status\":\"FINISHED\"").contains("\"created\":9").contains("\"rejected\":3")
                .contains("line 11: dob '1985-13-45' is not a date written yyyy-mm-dd")
                .contains("line 12: surname is empty")
                .contains("line 13: sex 'X' is not M, F or U");
    }

    @ParameterizedTest(name = "{0}, {1}, {2} finds {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Featherstonehaugh | William            | 1971-04-02 | NS-001 | forename exact",
        "Featherstonehaugh | Bill               | 1971-04-02 | NS-001 | forename Bill is a form of William",
        "Fanshaw           | Bill               | 1971-04-02 | NS-001 | matched alias 'Bill FANSHAW'",
        "Featherstonhaugh  | William            | 1971-04-02 | NS-001 | surname one letter out from Featherstonehaugh",
        "Featherstonehaugh | William            | 1971-02-04 | NS-001 | day and month swapped",
        "Featherstonehaugh | William            | 1972-04-02 | NS-001 | a year out",
        "William           | Featherstonehaugh  | 1971-04-02 | NS-001 | matched with forename and surname swapped",
        "Mohammed          | Abdirahman         | 1990-11-23 | NS-002 | surname Mohammed is a form of Muhammad",
        "Wisniewski        | Lukasz             | 1988-06-15 | NS-003 | surname Wiśniewski written differently",
        "Ocheltree         | Rhiannon           | 1979-09-30 | NS-004 | one part of the surname Davies-Ocheltree",
        "Quaintence        | Peggy              | 1951-01-20 | NS-005 | forename Peggy is a form of Margaret",
        "Thornicroft       | Steven             | 1966-07-07 | NS-006 | surname sounds like Thorneycroft",
        "Thorneycroft      |                    | 1966-07-07 | NS-006 | surname exact"})
    void aSlip_stillPutsThePersonFirst_andSaysWhy(String surname, String forenames, String dob, String ref,
            String reason) {
        HttpResponse<String> found = search(surname, forenames, dob);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).startsWith("{\"results\":[{").contains(reason);
        assertThat(firstRef(found.body())).isEqualTo(ref);
    }

    @Test
    void aNameNotOnFile_findsNoOne() {
        HttpResponse<String> found = Api.get("officer",
                "api/v1/nominals/search?surname=Zanzibarova&forenames=Ekaterina&dob=2001-01-01");
        assertThat(found.body()).isEqualTo("{\"results\":[]}");
    }

    @ParameterizedTest(name = "the box finds NS-001 from \"{0}\"")
    @CsvSource({
        "FEATHERSTONEHAUGH Bill 02/04/1971",
        "Featherstonehaugh William 02/04/1971",
        "william featherstonehaugh 2/4/71",
        "'Featherstonehaugh, William, 1971-04-02'",
        "Featherstonhaugh William 2 April 1971",
        "William FEATHERSTONEHAUGH 02.04.1971"})
    void theSearchBox_readsTheLineEveryReasonableWay(String line) {
        HttpResponse<String> found = Api.get("officer", "api/v1/nominals?q=" + Api.encode(line));
        assertThat(firstRef(found.body())).isEqualTo("NS-001");
    }

    @ParameterizedTest(name = "{0} {1} finds {2}, shown as {3}")
    @CsvSource({
        "Shevchenko,   Taras,     1984-03-09, NS-007, Тарас ШЕВЧЕНКО",
        "Шевченко,     Тарас,     1984-03-09, NS-007, Тарас ШЕВЧЕНКО",
        "Иванов,       Сергей,    1980-12-12, NS-008, Sergei IVANOV",
        "Παπαδόπουλος, Γιώργος,   1975-05-05, NS-009, Giorgos PAPADOPOULOS"})
    void aNameInAnotherScript_findsThePerson_shownAsOnFile(String surname, String forenames, String dob, String ref,
            String shown) {
        HttpResponse<String> found = search(surname, forenames, dob);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(firstRef(found.body())).isEqualTo(ref);
        assertThat(found.body()).contains(shown);
        HttpResponse<String> typed = Api.get("officer", "api/v1/nominals?q=" + Api.encode(surname + " " + forenames));
        assertThat(firstRef(typed.body())).isEqualTo(ref);
    }

    @Test
    void theSearchLine_refusesADateThatIsNoDate() {
        HttpResponse<String> bad = Api.get("officer", "api/v1/nominals?q=" + Api.encode("Smith 31/02/1985"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is not a date");
    }

    @Test
    void aSearchWithoutASurname_isRefusedWithAMessage() {
        HttpResponse<String> refused = Api.get("officer", "api/v1/nominals/search?forenames=John");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A surname is needed");
    }

    @Test
    void reimportingAReference_updatesThePerson_andAGzipUploadIsAccepted() throws Exception {
        String job = Jobs.runImport(gzip("""
                ref,surname,forenames,dob,sex,aliases
                NS-006,Thorneycroft,Stephen,1966-07-08,M,Steve Croft
                """));
        assertThat(job).contains("\"created\":0").contains("\"updated\":1").contains("\"rejected\":0");
        HttpResponse<String> found = Api.get("officer", "api/v1/nominals/search?surname=Croft&forenames=Steve&dob=1966-07-08");
        assertThat(firstRef(found.body())).isEqualTo("NS-006");
        assertThat(found.body()).contains("matched alias 'Steve CROFT'").contains("date of birth exact");
    }

    @Test
    void aFileWithoutTheHeader_isRefused_andOnlyAdministratorsImport() {
        HttpResponse<String> refused = Api.post("admin", "api/v1/nominals/import", "text/csv",
                "NS-9,Smith,John,1980-01-01,M,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("must start with the line ref,surname,forenames,dob,sex,aliases");
        assertThat(Api.post("officer", "api/v1/nominals/import", "text/csv", PEOPLE.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void everySearch_isOnTheAuditLog() {
        Api.get("supervisor", "api/v1/nominals/search?surname=Thorneycroft&dob=1966-07-07");
        HttpResponse<String> log = Api.get("auditor", "api/v1/audit/entries?user=supervisor&action=SEARCH");
        assertThat(log.body()).contains("surname=Thorneycroft; dob=1966-07-07");
    }

    /** The structured search, as an officer calls it. */
    private static HttpResponse<String> search(String surname, String forenames, String dob) {
        return Api.get("officer", "api/v1/nominals/search?surname=" + Api.encode(surname)
                + "&forenames=" + Api.encode(forenames == null ? "" : forenames) + "&dob=" + dob);
    }

    private static String firstRef(String body) {
        return body.replaceAll("(?s)^\\{\"results\":\\[\\{.*?\"ref\":\"([^\"]*)\".*$", "$1");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
