package org.peelrms.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;

/**
 * What a file of each type must contain before it goes to the CPS, after the National File Standard
 * (simplified; see ADR 0015), and the list of what is missing or unsigned, in words an officer acts on.
 * <ul>
 * <li>every file: a crime, a suspect or defendant, the MG3, the MG5 certified by a supervisor, at least one
 * witness statement (MG11), every statement signed by its witness, and a record of interview (MG15);</li>
 * <li>pre-charge and expedited: that is all (the key evidence for the decision, or for a guilty plea);</li>
 * <li>full (anticipated not guilty plea): also the witness list (MG9) with a statement from every witness on
 * it, the exhibit list (MG12, at least one exhibit), and both disclosure schedules (MG6C and MG6D), each
 * signed by the disclosure officer.</li>
 * </ul>
 */
final class RequiredContents {
    private RequiredContents() {
    }

    /** The forms a file of this type must hold. */
    static List<Form> forms(FileType type) {
        return switch (type) {
            case PRE_CHARGE, EXPEDITED -> List.of(Form.MG3, Form.MG5, Form.MG11, Form.MG15);
            case FULL -> List.of(Form.MG3, Form.MG5, Form.MG6C, Form.MG6D, Form.MG9, Form.MG11, Form.MG12, Form.MG15);
        };
    }

    /** What is missing or unsigned, in the order of the forms; empty when the file is complete. */
    static List<String> missing(Contents file) {
        List<String> missing = new ArrayList<>();
        if (file.crimes() == 0) {
            missing.add("Link the crime (or crimes) the file is about.");
        }
        if (file.accused() == 0) {
            missing.add("Link the suspect or defendant from the people index.");
        }
        List<Form> required = forms(file.type());
        for (Form form : required) {
            switch (form) {
                case MG3 -> need(missing, file.has(Form.MG3), "MG3 (report to the CPS for a charging decision) is not written.");
                case MG5 -> {
                    need(missing, file.has(Form.MG5), "MG5 (case summary) is not written.");
                    need(missing, !file.has(Form.MG5) || file.allSigned(Form.MG5),
                            "MG5 (case summary) is not yet certified by a supervisor (done when a supervisor approves the file).");
                }
                case MG6C -> signedSchedule(missing, file, Form.MG6C, "MG6C (non-sensitive unused material)");
                case MG6D -> signedSchedule(missing, file, Form.MG6D, "MG6D (sensitive material)");
                case MG9 -> need(missing, !file.witnesses().isEmpty(), "MG9 (witness list) has no witnesses: link them from the people index.");
                case MG11 -> statements(missing, file);
                case MG12 -> need(missing, file.exhibits() > 0, "MG12 (exhibit list) has no exhibits.");
                case MG15 -> need(missing, file.has(Form.MG15), "MG15 (record of interview) is not written.");
                default -> throw new IllegalStateException(form.name());
            }
        }
        return missing;
    }

    /** What is missing apart from the supervisor's certification of the MG5, which approval itself gives. */
    static List<String> missingBeforeCheck(Contents file) {
        return missing(file).stream().filter(m -> !m.startsWith("MG5 (case summary) is not yet certified")).toList();
    }

    private static void statements(List<String> missing, Contents file) {
        need(missing, file.has(Form.MG11), "MG11: there is no witness statement.");
        for (Contents.Statement statement : file.statements()) {
            need(missing, statement.signed(), "MG11 of " + statement.witness() + " is not signed by the witness.");
        }
        if (file.type() == FileType.FULL) {
            for (String witness : file.witnesses()) {
                need(missing, file.statements().stream().anyMatch(s -> s.witness().equals(witness)),
                        "MG11: there is no statement from " + witness + ", who is on the witness list (MG9).");
            }
        }
    }

    private static void signedSchedule(List<String> missing, Contents file, Form form, String name) {
        need(missing, file.has(form), name + " is not written.");
        need(missing, !file.has(form) || file.allSigned(form), name + " is not signed by the disclosure officer.");
    }

    private static void need(List<String> missing, boolean present, String otherwise) {
        if (!present) {
            missing.add(otherwise);
        }
    }
}
