package org.peelrms.casefile.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.PartyRole;

/** Files as the API shows them. */
final class Views {
    private Views() {
    }

    static CaseFileView of(CaseFile f, OffsetDateTime now) {
        return new CaseFileView(f.id(), f.reference(), f.type(), f.status(), f.officerInCase(), f.supervisor(),
                f.openedBy(), f.openedAt(), f.stageSince(), FileTime.days(f.openedAt(), now),
                FileTime.days(f.stageSince(), now), f.approvedBy(), f.chargingDecision(), f.court(), f.hearingDate(),
                f.outcome(),
                f.crimes().stream().map(c -> new CaseFileView.Crime(c.crimeId(), c.number())).toList(),
                f.people().stream().map(p -> new CaseFileView.Party(p.personId(), p.name(), p.role())).toList(),
                f.forms().stream().map(Views::form).toList(),
                f.exhibits().stream().map(Views::exhibit).toList(),
                f.events().stream().map(e -> new CaseFileView.Stage(e.stage(), e.at(), e.by(), e.note(),
                        FileTime.days(f.openedAt(), e.at()))).toList(),
                f.missing());
    }

    static CaseFileView.FormView form(FileForm m) {
        return new CaseFileView.FormView(m.id(), m.form(), m.personId(), m.personName(), m.body(), m.writtenBy(),
                m.writtenAt(), m.signedBy(), m.signedAt());
    }

    static CaseFileView.ExhibitView exhibit(Exhibit e) {
        return new CaseFileView.ExhibitView(e.id(), e.reference(), e.description(), e.seizedBy(), e.seizedAt(),
                e.seizedFrom(), e.continuity().stream().map(c -> new CaseFileView.Continuity(c.id(), c.heldBy(),
                        c.heldFrom(), c.heldTo(), c.storedAt(), c.recordedBy(), c.recordedAt(), c.correctsId(), c.reason()))
                        .toList());
    }

    static CaseFileSummary summary(CaseFile f, OffsetDateTime now) {
        String accused = f.people().stream().filter(p -> p.role() != PartyRole.WITNESS).map(FileParty::name)
                .collect(Collectors.joining(", "));
        return new CaseFileSummary(f.id(), f.reference(), f.type(), f.status(), f.officerInCase(), f.supervisor(),
                accused, f.openedAt(), f.stageSince(), FileTime.days(f.openedAt(), now), FileTime.days(f.stageSince(), now));
    }

    static List<CaseFileSummary> summaries(List<CaseFile> files, OffsetDateTime now) {
        return files.stream().map(f -> summary(f, now)).toList();
    }
}
