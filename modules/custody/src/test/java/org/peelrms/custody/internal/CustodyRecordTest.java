package org.peelrms.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.Entitlement;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.NewBooking;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewEntry;
import org.peelrms.custody.api.NewOffence;
import org.peelrms.custody.api.NewRiskAssessment;
import org.peelrms.custody.api.ObservationLevel;
import org.peelrms.custody.api.RightGiven;
import org.peelrms.custody.api.RightNotYetGiven;
import org.peelrms.kernel.InvalidInput;

/** Booking in and the entries after it, through the same constructor and methods the service uses. */
class CustodyRecordTest {
    static final OffsetDateTime ARRESTED = uk("2026-06-10T21:15");
    static final OffsetDateTime ARRIVED = uk("2026-06-10T21:50");
    static final Stamp SERGEANT = new Stamp("custody", uk("2026-06-10T22:00"));

    static OffsetDateTime uk(String local) {
        return LocalDateTime.parse(local).atZone(DetentionClock.UK).toOffsetDateTime();
    }

    static NewBooking booking(boolean authorised) {
        return new NewBooking(7L, ARRESTED, "Fishergate, Preston", ARRIVED, false, "PC 1234 Holt",
                List.of(new NewOffence("Assault occasioning actual bodily harm", true)), authorised,
                "To secure and preserve evidence and obtain it by questioning.", "C4",
                new NewRiskAssessment("Cut to the hand, seen by the nurse", "None disclosed", "Smells of alcohol",
                        "None", ObservationLevel.INTERMITTENT),
                List.of(new RightGiven(Entitlement.LEGAL_ADVICE, uk("2026-06-10T22:05"), "Wants the duty solicitor"),
                        new RightGiven(Entitlement.SOMEONE_INFORMED, uk("2026-06-10T22:05"), "Declines")),
                "Wallet, phone, keys",
                List.of(new RightNotYetGiven(Entitlement.CODES_OF_PRACTICE, "Fell asleep before it could be read out")));
    }

    static CustodyRecord record(boolean authorised) {
        return new CustodyRecord("CU/2026/000001", 7, "John SMITH", "Violent", booking(authorised), SERGEANT);
    }

    @Test
    void bookingIn_writesTheBookingAsEntries_andSetsTheRelevantTimeCellAndLevel() {
        CustodyRecord record = record(true);
        assertThat(record.relevantTime()).isEqualTo(ARRIVED);
        assertThat(record.entries()).extracting(CustodyEntry::kind).containsExactly(EntryKind.BOOKED_IN,
                EntryKind.DETENTION_AUTHORISED, EntryKind.CELL, EntryKind.RISK_ASSESSMENT, EntryKind.RIGHTS,
                EntryKind.RIGHTS, EntryKind.NOTE, EntryKind.PROPERTY);
        assertThat(record.entries().get(6).text()).contains("Not yet told of the right: The codes of practice may be consulted")
                .contains("Fell asleep");
        assertThat(record.entries()).allSatisfy(e -> assertThat(e.recordedBy()).isEqualTo("custody"));
        assertThat(record.cell()).isEqualTo("C4");
        assertThat(record.level()).isEqualTo(ObservationLevel.INTERMITTENT);
        assertThat(record.releasedAt()).isEmpty();
        assertThat(record.entries().get(0).text()).contains("PC 1234 Holt").contains("(indictable)");
    }

    @Test
    void aRefusedDetention_endsAtOnce_andTakesNoMoreEntries() {
        CustodyRecord record = record(false);
        assertThat(record.disposal()).get().extracting(CustodyEntry::disposal).isEqualTo(DisposalType.DETENTION_REFUSED);
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.NOTE, null, "x"), SERGEANT))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Detention was refused");
    }

    @Test
    void badBookings_areRefusedWithAMessage() {
        NewBooking good = booking(true);
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRIVED, "p", ARRESTED, false,
                "PC", good.offences(), true, "g", "C1", good.risk(), null, null, null), SERGEANT))
                .hasMessageContaining("cannot arrive at the station before they were arrested");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", List.of(), true, "g", "C1", good.risk(), null, null, null), SERGEANT))
                .hasMessageContaining("at least one offence");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, " ", "C1", good.risk(), null, null, null), SERGEANT))
                .hasMessageContaining("grounds for authorising detention");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, "g", "C1", null, null, null, null), SERGEANT))
                .hasMessageContaining("Assess the risk");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p",
                uk("2026-06-11T09:00"), false, "PC", good.offences(), true, "g", "C1", good.risk(), null, null, null), SERGEANT))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, uk("0001-01-01T00:00"), "p",
                ARRIVED, false, "PC", good.offences(), true, "g", "C1", good.risk(), null, null, null), SERGEANT))
                .hasMessage("The time of arrest is before 1900 (0001-01-01); check the year.");
    }

    @Test
    void anAuthorisedDetention_needsEachRightStated_asToldOrNotYetWithWhy() {
        NewBooking good = booking(true);
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, "g", "C1", good.risk(), List.of(), null, null), SERGEANT))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Say for each right")
                .hasMessageContaining("Free independent legal advice; Someone informed of the arrest; The codes of practice");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, "g", "C1", good.risk(), good.rights(), null, List.of()), SERGEANT))
                .hasMessageContaining("Not stated: The codes of practice may be consulted.");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, "g", "C1", good.risk(), good.rights(), null,
                List.of(new RightNotYetGiven(Entitlement.LEGAL_ADVICE, "asleep"),
                        new RightNotYetGiven(Entitlement.CODES_OF_PRACTICE, "asleep"))), SERGEANT))
                .hasMessageContaining("\"Free independent legal advice\" is stated twice");
        assertThatThrownBy(() -> new CustodyRecord("n", 7, "x", null, new NewBooking(7L, ARRESTED, "p", ARRIVED, false,
                "PC", good.offences(), true, "g", "C1", good.risk(), good.rights(), null,
                List.of(new RightNotYetGiven(Entitlement.CODES_OF_PRACTICE, " "))), SERGEANT))
                .hasMessageContaining("Say why the person could not yet be told of: The codes of practice");
    }

    @Test
    void entries_areTimedNeverInTheFutureNorBeforeCustody() {
        CustodyRecord record = record(true);
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.VISIT, uk("2026-06-10T23:00"), "Asleep"), SERGEANT))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.VISIT, uk("2026-06-10T20:00"), "Asleep"), SERGEANT))
                .hasMessageContaining("before the person was in custody");
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.VISIT, null, " "), SERGEANT))
                .hasMessageContaining("Say how the detainee was");
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.REVIEW, null, "x"), SERGEANT))
                .hasMessageContaining("recorded through its own action");
        CustodyEntry visit = record.add(NewEntry.of(EntryKind.ROUSING, null, "Roused, answered questions"), SERGEANT);
        assertThat(visit.occurredAt()).isEqualTo(SERGEANT.at());
    }

    @Test
    void aDisposal_stopsTheClock_needsWhatEachKindNeeds_andHappensOnce() {
        CustodyRecord record = record(true);
        Stamp later = new Stamp("custody", uk("2026-06-11T09:00"));
        assertThatThrownBy(() -> record.dispose(new NewDisposal(DisposalType.BAILED, null, "Not to contact the victim",
                null, null), later)).hasMessageContaining("date the person is bailed to return");
        assertThatThrownBy(() -> record.dispose(new NewDisposal(DisposalType.TRANSFERRED, null, null, null, null), later))
                .hasMessageContaining("transferred to");
        record.dispose(new NewDisposal(DisposalType.BAILED, null, "Not to contact the victim",
                LocalDate.of(2026, 7, 1), null), later);
        assertThat(record.releasedAt()).contains(later.at());
        assertThat(DetentionClock.read(record.facts(), later.at().toInstant().plusSeconds(86_400)).inCustody().toMinutes())
                .isEqualTo(11 * 60 + 10);
        assertThatThrownBy(() -> record.dispose(new NewDisposal(DisposalType.NO_FURTHER_ACTION, null, null, null, null),
                later)).hasMessageContaining("already ended");
        assertThatThrownBy(() -> record.add(NewEntry.of(EntryKind.VISIT, null, "Gone"),
                new Stamp("custody", uk("2026-06-11T09:30")))).hasMessageContaining("only notes and property");
    }
}
