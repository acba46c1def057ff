package org.peelrms.casefile.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.casefile.api.CaseFileSummary;
import org.peelrms.casefile.api.CaseFileView;
import org.peelrms.casefile.api.PartyRole;
import org.peelrms.restriction.api.RestrictableRecords;

/** Files as the API shows them, a restricted person or crime the caller may not see withheld (ADR 0019). */
final class Views {
    private Views() {
    }

    static CaseFileView of(CaseFile f, OffsetDateTime now, Hidden hidden) {
        return new CaseFileView(f.id(), f.reference(), f.type(), f.status(), f.officerInCase(), f.supervisor(),
                f.openedBy(), f.openedAt(), f.stageSince(), FileTime.days(f.openedAt(), now),
                FileTime.days(f.stageSince(), now), f.approvedBy(), f.chargingDecision(), f.court(), f.hearingDate(),
                f.outcome(),
                f.crimes().stream().map(c -> hidden.crime(c.crimeId()) ? new CaseFileView.Crime(0, Hidden.WITHHELD_CRIME)
                        : new CaseFileView.Crime(c.crimeId(), c.number())).toList(),
                f.people().stream().map(p -> hidden.person(p.personId())
                        ? new CaseFileView.Party(0, RestrictableRecords.WITHHELD_PERSON, p.role())
                        : new CaseFileView.Party(p.personId(), p.name(), p.role())).toList(),
                f.forms().stream().map(m -> form(m, hidden)).toList(),
                f.exhibits().stream().map(Views::exhibit).toList(),
                f.events().stream().map(e -> new CaseFileView.Stage(e.stage(), e.at(), e.by(), e.note(),
                        FileTime.days(f.openedAt(), e.at()))).toList(),
                withheld(f.missing(), f, hidden));
    }

    /** What the file still needs, a hidden person's name withheld ("MG11 of Restricted person is not signed…"). */
    private static List<String> withheld(List<String> missing, CaseFile f, Hidden hidden) {
        List<String> names = f.people().stream().filter(p -> hidden.person(p.personId())).map(FileParty::name).toList();
        if (names.isEmpty()) {
            return missing;
        }
        return missing.stream().map(line -> {
            String shown = line;
            for (String name : names) {
                shown = shown.replace(name, RestrictableRecords.WITHHELD_PERSON);
            }
            return shown;
        }).toList();
    }

    static CaseFileView.FormView form(FileForm m, Hidden hidden) {
        if (hidden.person(m.personId())) {
            boolean signedByThem = m.signedBy() != null && m.signedBy().equals(m.personName());
            return new CaseFileView.FormView(m.id(), m.form(), 0L, RestrictableRecords.WITHHELD_PERSON, m.body(),
                    m.writtenBy(), m.writtenAt(), signedByThem ? RestrictableRecords.WITHHELD_PERSON : m.signedBy(), m.signedAt());
        }
        return new CaseFileView.FormView(m.id(), m.form(), m.personId(), m.personName(), m.body(), m.writtenBy(),
                m.writtenAt(), m.signedBy(), m.signedAt());
    }

    static CaseFileView.ExhibitView exhibit(Exhibit e) {
        return new CaseFileView.ExhibitView(e.id(), e.reference(), e.description(), e.seizedBy(), e.seizedAt(),
                e.seizedFrom(), e.continuity().stream().map(c -> new CaseFileView.Continuity(c.id(), c.heldBy(),
                        c.heldFrom(), c.heldTo(), c.storedAt(), c.recordedBy(), c.recordedAt(), c.correctsId(), c.reason()))
                        .toList());
    }

    static CaseFileSummary summary(CaseFile f, OffsetDateTime now, Hidden hidden) {
        String accused = f.people().stream().filter(p -> p.role() != PartyRole.WITNESS)
                .map(p -> hidden.person(p.personId()) ? RestrictableRecords.WITHHELD_PERSON : p.name())
                .collect(Collectors.joining(", "));
        return new CaseFileSummary(f.id(), f.reference(), f.type(), f.status(), f.officerInCase(), f.supervisor(),
                accused, f.openedAt(), f.stageSince(), FileTime.days(f.openedAt(), now), FileTime.days(f.stageSince(), now));
    }

    static List<CaseFileSummary> summaries(List<CaseFile> files, OffsetDateTime now, Hidden hidden) {
        return files.stream().map(f -> summary(f, now, hidden)).toList();
    }
}
