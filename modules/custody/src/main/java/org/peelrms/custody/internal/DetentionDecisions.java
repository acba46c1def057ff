package org.peelrms.custody.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.peelrms.custody.api.DisposalType;
import org.peelrms.custody.api.EntryKind;
import org.peelrms.custody.api.NewDisposal;
import org.peelrms.custody.api.NewExtension;
import org.peelrms.custody.api.NewReview;
import org.peelrms.custody.api.NewWarrant;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Require;

/**
 * The decisions on a detention after booking in: reviews (PACE s. 40), a superintendent's extension
 * (s. 42), warrants of further detention (ss. 43, 44) and the disposal that ends it. Each is checked
 * against the PACE clock ({@link DetentionClock}) and appended to the record as an entry.
 * {@link CustodyRecord} delegates here.
 */
final class DetentionDecisions {

    private DetentionDecisions() {
    }

    /** A review of detention by the signed-in officer, now (PACE s. 40). */
    static CustodyEntry review(CustodyRecord record, NewReview review, Stamp stamp) {
        Require.present(review, "There is no review.");
        record.requireAuthorised();
        DetentionClock.Facts facts = record.facts();
        DetentionClock.checkReview(facts, stamp.at().toInstant(), review.rank(), review.notInvolved());
        String grounds = Require.text(review.grounds(), 4000,
                "Give the grounds of the review decision, with any representations made.");
        Instant due = DetentionClock.read(facts, stamp.at().toInstant()).nextReviewDue().toInstant();
        String postponed = stamp.at().toInstant().isAfter(due)
                ? Require.optional(review.postponementReason(), 1000, "The reason for postponing the review") : null;
        CustodyEntry entry = new CustodyEntry(record, EntryKind.REVIEW, stamp.at(), grounds, stamp)
                .review(review.rank(), review.continueDetention(), postponed);
        record.entries().add(entry);
        return entry;
    }

    /** A superintendent's extension, given now by the signed-in officer (PACE s. 42). */
    static CustodyEntry extend(CustodyRecord record, NewExtension extension, Stamp stamp) {
        Require.present(extension, "There is no extension.");
        record.requireAuthorised();
        DetentionClock.checkExtension(record.facts(), stamp.at().toInstant(),
                extension.until() == null ? null : extension.until().toInstant(), extension.rank());
        String grounds = Require.text(extension.grounds(), 4000, "PACE s. 42(1): give the grounds: why further"
                + " detention is necessary, and that the investigation is conducted diligently and expeditiously.");
        CustodyEntry entry = new CustodyEntry(record, EntryKind.EXTENSION, stamp.at(), grounds, stamp)
                .grant(extension.rank(), stamp.user(), extension.until());
        record.entries().add(entry);
        return entry;
    }

    /** A warrant of further detention or its extension (PACE ss. 43, 44). */
    static CustodyEntry warrant(CustodyRecord record, NewWarrant warrant, Stamp stamp) {
        Require.present(warrant, "There is no warrant.");
        record.requireAuthorised();
        String court = Require.text(warrant.court(), 200, "Name the magistrates' court that issued the warrant.");
        OffsetDateTime issued = record.time(warrant.issuedAt(), stamp, false);
        DetentionClock.checkWarrant(record.facts(), issued.toInstant(),
                warrant.until() == null ? null : warrant.until().toInstant());
        CustodyEntry entry = new CustodyEntry(record, EntryKind.WARRANT, issued,
                Require.optional(warrant.note(), 4000, "The note"), stamp).grant(null, court, warrant.until());
        record.entries().add(entry);
        return entry;
    }

    /** Ends the detention; its time stops the clock. */
    static CustodyEntry dispose(CustodyRecord record, NewDisposal disposal, Stamp stamp) {
        Require.present(disposal, "There is no disposal.");
        record.requireAuthorised();
        record.releasedAt().ifPresent(at -> {
            throw new InvalidInput("The detention already ended at " + DetentionClock.show(at.toInstant())
                    + "; to put a mistake right, correct the disposal entry.");
        });
        DisposalType type = Require.present(disposal.type(), "Say how the detention ends: charged, released under"
                + " investigation, bailed, no further action or transferred.");
        Require.that(type != DisposalType.DETENTION_REFUSED, "Detention was authorised; choose how it ends.");
        OffsetDateTime at = record.time(disposal.at(), stamp, false);
        Require.that(!at.isBefore(record.decidedAt()), "The release cannot be before detention was authorised ("
                + DetentionClock.show(record.decidedAt().toInstant()) + ").");
        if (type == DisposalType.BAILED) {
            Require.present(disposal.returnDate(), "Give the date the person is bailed to return.");
            Require.that(!disposal.returnDate().isBefore(at.atZoneSameInstant(DetentionClock.UK).toLocalDate()),
                    "The date to return on bail is before the release.");
        }
        String details = type == DisposalType.BAILED
                ? Require.text(disposal.details(), 4000, "Give the bail conditions (or write \"none\").")
                : type == DisposalType.CHARGED ? Require.text(disposal.details(), 4000, "Give the charges.")
                : Require.optional(disposal.details(), 4000, "The details");
        String to = type == DisposalType.TRANSFERRED
                ? Require.text(disposal.transferredTo(), 200, "Say where the person is transferred to.") : null;
        CustodyEntry entry = new CustodyEntry(record, EntryKind.DISPOSAL, at, details, stamp)
                .disposal(type, disposal.returnDate(), to);
        record.entries().add(entry);
        return entry;
    }
}
