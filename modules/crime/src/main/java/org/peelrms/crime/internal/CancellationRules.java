package org.peelrms.crime.internal;

import org.peelrms.crime.api.CancellationRequest;
import org.peelrms.crime.api.CancellationView;
import org.peelrms.kernel.Require;

/**
 * The counting rules for removing a crime: asking a supervisor to cancel or transfer it, for a
 * permitted reason with its evidence, and the supervisor's decision. The crime is kept and marked,
 * never deleted. {@link CrimeRecord} delegates here.
 */
final class CancellationRules {

    private CancellationRules() {
    }

    /** Asks a supervisor to cancel or transfer the crime, for a permitted reason, with its evidence. */
    static Cancellation request(CrimeRecord crime, CancellationRequest request, Stamp stamp) {
        Require.present(request, "Give the reason and the evidence.");
        Require.present(request.reason(), "Choose the reason the counting rules allow for removing this crime.");
        Require.that(!crime.removed(), "Crime " + crime.number() + " has already been "
                + crime.status().label().toLowerCase() + ".");
        Require.that(crime.pendingCancellation().isEmpty(), "A cancellation of " + crime.number()
                + " is already waiting for a supervisor.");
        String evidence = Require.text(request.evidence(), 4000, request.reason().transfer()
                ? "Give the evidence that the crime happened in the other force's area."
                : "Give the additional verifiable information (or the crime it duplicates) that supports removing it.");
        String force = request.reason().transfer()
                ? Require.text(request.transferredTo(), 200, "Name the force the crime is transferred to.")
                : null;
        Cancellation cancellation = new Cancellation(crime, request.reason(), evidence, force, stamp);
        crime.cancellations().add(cancellation);
        crime.note("asked to " + (request.reason().transfer() ? "transfer to " + force : "cancel") + ": "
                + request.reason().label(), stamp);
        return cancellation;
    }

    /**
     * A supervisor's decision on a cancellation: not the one who asked for it. Approved, the crime is
     * marked cancelled or transferred; refused, it stays as it was, with the reason for refusing.
     */
    static void decide(CrimeRecord crime, Cancellation request, boolean approve, String note, Stamp stamp) {
        Require.that(request.status() == CancellationView.Status.REQUESTED, "That request was already "
                + request.status().label().toLowerCase() + ".");
        Require.that(!request.requestedBy().equals(stamp.user()), "You asked for this cancellation yourself;"
                + " another supervisor must decide it.");
        String why = approve ? Require.optional(note, 2000, "The note")
                : Require.text(note, 2000, "Say why the cancellation is refused.");
        request.decide(approve, why, stamp);
        if (approve) {
            crime.markRemoved(request.reason().transfer());
        }
        crime.note((approve ? "approved: " : "refused: ") + request.reason().label()
                + (why == null ? "" : " (" + why + ")"), stamp);
    }
}
