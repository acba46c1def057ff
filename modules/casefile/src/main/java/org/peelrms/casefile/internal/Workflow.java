package org.peelrms.casefile.internal;

import java.util.List;
import org.peelrms.casefile.api.FileStatus;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;

/**
 * Who may move a file and from which stage (ADR 0015). The officer in the case, or who opened the file,
 * prepares it and submits it for checking; a supervisor who prepared neither approves or returns it (the
 * role itself is checked on the service); only an approved and complete file goes to the CPS; then the
 * charging decision, the court and the outcome follow in that order.
 */
final class Workflow {
    private Workflow() {
    }

    static void submitForCheck(CaseFile file, Stamp by, List<String> missing) {
        stage(file, "submitted for checking", FileStatus.DRAFT, FileStatus.RETURNED);
        if (!preparer(file, by)) {
            throw new NotPermitted("Only the officer in the case (" + file.officerInCase() + ") or who opened the file ("
                    + file.openedBy() + ") may submit it for checking.");
        }
        complete(missing, "Before it goes to a supervisor");
    }

    static void check(CaseFile file, Stamp by) {
        stage(file, "approved or returned", FileStatus.WITH_SUPERVISOR);
        if (!by.supervisor()) {
            throw new NotPermitted("Only a supervisor may approve or return a file.");
        }
        if (preparer(file, by)) {
            throw new NotPermitted("You prepared this file (officer in the case or who opened it); another supervisor must check it.");
        }
    }

    static void approve(CaseFile file, Stamp by, List<String> missing) {
        check(file, by);
        complete(missing, "It cannot be approved");
    }

    static void submitToCps(CaseFile file, Stamp by, List<String> missing) {
        stage(file, "submitted to the CPS", FileStatus.APPROVED);
        if (!preparer(file, by) && !by.supervisor()) {
            throw new NotPermitted("Only the officer in the case, who opened the file, or a supervisor may submit it to the CPS.");
        }
        complete(missing, "It cannot go to the CPS");
    }

    static void chargingDecision(CaseFile file) {
        stage(file, "given a charging decision", FileStatus.SUBMITTED_TO_CPS);
    }

    static void atCourt(CaseFile file) {
        stage(file, "listed at court", FileStatus.CHARGING_DECISION);
    }

    static void outcome(CaseFile file) {
        stage(file, "given an outcome", FileStatus.AT_COURT);
    }

    /** Forms, people and crimes change only while the officer has the file. */
    static void contentsOpen(CaseFile file) {
        if (!file.status().open()) {
            throw new InvalidInput("The file is " + lower(file.status())
                    + ": its contents can be changed only while it is a draft or returned.");
        }
    }

    static boolean preparer(CaseFile file, Stamp by) {
        return by.user().equalsIgnoreCase(file.officerInCase()) || by.user().equalsIgnoreCase(file.openedBy());
    }

    /** The stage's name inside a sentence: "submitted to the CPS". */
    static String lower(FileStatus status) {
        return Character.toLowerCase(status.label().charAt(0)) + status.label().substring(1);
    }

    private static void complete(List<String> missing, String what) {
        if (!missing.isEmpty()) {
            throw new InvalidInput(what + ": " + String.join(" ", missing));
        }
    }

    private static void stage(CaseFile file, String action, FileStatus... from) {
        for (FileStatus allowed : from) {
            if (file.status() == allowed) {
                return;
            }
        }
        throw new InvalidInput("A file that is " + lower(file.status()) + " cannot be " + action
                + "; it must be " + String.join(" or ", java.util.Arrays.stream(from).map(Workflow::lower).toList()) + ".");
    }
}
