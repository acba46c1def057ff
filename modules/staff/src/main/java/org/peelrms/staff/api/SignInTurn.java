package org.peelrms.staff.api;

/**
 * The answer to "may a password be checked now?": {@code waitSeconds} 0 means yes. {@code failuresOnFile}
 * says whether a successful sign-in has failures to forget (so that a sign-in without any writes nothing).
 */
public record SignInTurn(long waitSeconds, boolean failuresOnFile) {

    public boolean mayTry() {
        return waitSeconds == 0;
    }
}
