package org.peelrms.crime.internal;

import jakarta.ejb.SessionContext;
import org.peelrms.kernel.Callers;

/** The signed-in user and the time now, as a stamp for what they do. */
final class Caller {
    private Caller() {
    }

    static Stamp stamp(SessionContext session, RecordingClock clock) {
        return new Stamp(Callers.nameOf(session.getCallerPrincipal()), clock.nowOffset());
    }
}
