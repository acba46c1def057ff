package org.peelrms.web.crime;

import org.peelrms.web.shell.RestrictedOpening;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peelrms.crime.api.NewCrime;
import org.peelrms.crime.api.OffenceClassificationView;
import org.peelrms.crime.api.OffenceClassifications;
import org.peelrms.crime.api.ReportStatus;
import org.peelrms.crime.api.ReportView;
import org.peelrms.crime.api.Reports;
import org.peelrms.crime.api.RiskAnswer;
import org.peelrms.crime.api.RiskLevel;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.PeopleIndex;
import org.peelrms.web.shell.Messages;

/**
 * A report's page: what was reported, its place on the 24-hour clock, and the decision: record it as
 * a crime (one per victim; classify it from the Home Office table) or, for supervisors, close it as a
 * non-crime incident with the rationale. Domestic abuse: the risk assessment and the MARAC referral.
 */
@Named
@ViewScoped
public class ReportPageView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The risk questions asked here; a force's full risk checklist can replace them. */
    static final List<String> RISK_QUESTIONS = List.of(
            "Has the current incident resulted in injury?",
            "Are you very frightened?",
            "Has the abuse become worse or more frequent?",
            "Has the abuser ever tried to strangle, choke or suffocate you?",
            "Is the abuser controlling or excessively jealous?",
            "Have you separated or tried to separate in the past year?");

    @EJB
    private Reports reports;

    @EJB
    private OffenceClassifications classifications;

    @EJB
    private PeopleIndex people;

    private long id;

    private final RestrictedOpening opening = new RestrictedOpening();
    private ReportView report;
    private List<OffenceClassificationView> classificationList;

    private String classification;
    private LocalDateTime occurredFrom;
    private LocalDateTime occurredTo;
    private String crimeLocation;
    private String modusOperandi;
    private String officerInCharge;
    private final PersonPicker victim = new PersonPicker();
    private String rationale;
    private RiskLevel riskLevel;
    private final List<String> answerTexts = new ArrayList<>(RISK_QUESTIONS.stream().map(q -> (String) null).toList());
    private LocalDate conferenceDate;
    private String referralNote;

    public void onLoad() {
        if (report == null && id > 0) {
            report = opening.open(r -> reports.report(id, r));
            if (report != null) {
                occurredFrom = report.reportedAt().atZoneSameInstant(UkTime.UK).toLocalDateTime().withSecond(0).withNano(0);
                crimeLocation = report.location();
                officerInCharge = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            }
        }
    }

    public void findVictim() {
        victim.search(people);
    }

    public void chooseVictim(long personId) {
        victim.choose(personId);
    }

    /** Records one crime from the report (a second victim: record again, with them). */
    public void recordCrime() throws IOException {
        try {
            List<Long> ids = reports.recordCrimes(id, List.of(new NewCrime(classification, UkTime.of(occurredFrom),
                    UkTime.of(occurredTo), crimeLocation, modusOperandi, officerInCharge, victim.getChosenId())));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Crime recorded.");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/crime/crime.xhtml?id=" + ids.get(0));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public void closeAsNonCrime() {
        act(() -> reports.closeAsNonCrime(id, rationale), "Closed as a non-crime incident.");
    }

    public void flagDomesticAbuse() {
        act(() -> reports.flagDomesticAbuse(id), "Flagged as domestic abuse: a risk assessment is now required.");
    }

    public void assessRisk() {
        List<RiskAnswer> given = new ArrayList<>();
        for (int i = 0; i < RISK_QUESTIONS.size(); i++) {
            given.add(new RiskAnswer(RISK_QUESTIONS.get(i), answerTexts.get(i)));
        }
        act(() -> reports.assessRisk(id, riskLevel, given), "Risk assessment recorded.");
    }

    public void referToMarac() {
        act(() -> reports.referToMarac(id, conferenceDate, referralNote), "MARAC referral recorded.");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            report = opening.open(r -> reports.report(id, r));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isOpen() {
        return report != null && report.status() != ReportStatus.CLOSED_NON_CRIME;
    }

    public boolean isUndecided() {
        return report != null && report.status() == ReportStatus.OPEN;
    }

    public String show(java.time.OffsetDateTime at) {
        return UkTime.show(at);
    }

    public List<OffenceClassificationView> getClassifications() {
        if (classificationList == null) {
            classificationList = classifications.inUse();
        }
        return classificationList;
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public List<String> getRiskQuestions() {
        return RISK_QUESTIONS;
    }

    public List<String> getAnswerTexts() {
        return answerTexts;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }

    public PersonPicker getVictim() {
        return victim;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public LocalDateTime getOccurredFrom() {
        return occurredFrom;
    }

    public void setOccurredFrom(LocalDateTime occurredFrom) {
        this.occurredFrom = occurredFrom;
    }

    public LocalDateTime getOccurredTo() {
        return occurredTo;
    }

    public void setOccurredTo(LocalDateTime occurredTo) {
        this.occurredTo = occurredTo;
    }

    public String getCrimeLocation() {
        return crimeLocation;
    }

    public void setCrimeLocation(String crimeLocation) {
        this.crimeLocation = crimeLocation;
    }

    public String getModusOperandi() {
        return modusOperandi;
    }

    public void setModusOperandi(String modusOperandi) {
        this.modusOperandi = modusOperandi;
    }

    public String getOfficerInCharge() {
        return officerInCharge;
    }

    public void setOfficerInCharge(String officerInCharge) {
        this.officerInCharge = officerInCharge;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public LocalDate getConferenceDate() {
        return conferenceDate;
    }

    public void setConferenceDate(LocalDate conferenceDate) {
        this.conferenceDate = conferenceDate;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    /** The reason form's action: opens the record again with the reason just given. */
    public void reopen() {
        report = null;
        onLoad();
    }

    public RestrictedOpening getOpening() {
        return opening;
    }
}
