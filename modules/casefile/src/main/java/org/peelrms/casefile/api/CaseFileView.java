package org.peelrms.casefile.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything on a file's page: its details and stage, its age (days since it was opened) and days at the
 * present stage, the crimes and people, the forms, the exhibits with their continuity, every stage it has
 * reached (returns with their feedback among them), and what its type still requires before submission.
 */
public record CaseFileView(long id, String reference, FileType type, FileStatus status, String officerInCase,
        String supervisor, String openedBy, OffsetDateTime openedAt, OffsetDateTime stageSince, long ageDays,
        long daysAtStage, String approvedBy, String chargingDecision, String court, LocalDate hearingDate,
        String outcome, List<Crime> crimes, List<Party> people, List<FormView> forms, List<ExhibitView> exhibits,
        List<Stage> stages, List<String> missing) implements Serializable {

    public record Crime(long crimeId, String number) implements Serializable {
    }

    public record Party(long personId, String name, PartyRole role) implements Serializable {
    }

    /** A written form; {@code signedBy}: the witness (MG11), the disclosure officer (MG6C, MG6D), the certifying supervisor (MG5). */
    public record FormView(long id, Form form, Long personId, String personName, String text, String writtenBy,
            OffsetDateTime writtenAt, String signedBy, OffsetDateTime signedAt) implements Serializable {
        public boolean signed() {
            return signedBy != null;
        }
    }

    public record ExhibitView(long id, String reference, String description, String seizedBy, OffsetDateTime seizedAt,
            String seizedFrom, List<Continuity> continuity) implements Serializable {
    }

    /** One continuity entry; {@code correctsId} when it corrects an earlier one (which stays). */
    public record Continuity(long id, String heldBy, OffsetDateTime from, OffsetDateTime to, String storedAt,
            String recordedBy, OffsetDateTime recordedAt, Long correctsId, String reason) implements Serializable {
    }

    /** A stage the file reached: when, who moved it, and the note (a return's written feedback). */
    public record Stage(FileStatus stage, OffsetDateTime at, String by, String note, long dayOfFile) implements Serializable {
    }

    /** The file's returns by a supervisor, with the feedback, oldest first. */
    public List<Stage> returns() {
        return stages.stream().filter(s -> s.stage() == FileStatus.RETURNED).toList();
    }

    /** True when nothing the type requires is missing or unsigned. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** The written forms of one kind. */
    public List<FormView> formsOf(Form form) {
        return forms.stream().filter(f -> f.form() == form).toList();
    }

    public List<Party> witnesses() {
        return people.stream().filter(p -> p.role() == PartyRole.WITNESS).toList();
    }

    public List<Party> accused() {
        return people.stream().filter(p -> p.role() != PartyRole.WITNESS).toList();
    }
}
