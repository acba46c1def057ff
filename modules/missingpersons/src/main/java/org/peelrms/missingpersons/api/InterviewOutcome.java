package org.peelrms.missingpersons.api;

/** A child's return home interview, once offered: done, or declined by the child. */
public enum InterviewOutcome {
    DONE, DECLINED
}
