package org.peelrms.casefile.internal;

import java.util.List;
import org.peelrms.casefile.api.FileType;
import org.peelrms.casefile.api.Form;

/** What a file holds, as the required-contents rules see it. */
record Contents(FileType type, int crimes, int accused, List<String> witnesses, List<Written> forms,
        List<Statement> statements, int exhibits) {

    /** A written form and whether it is signed. */
    record Written(Form form, boolean signed) {
    }

    /** A witness statement: whose, and whether they signed it. */
    record Statement(String witness, boolean signed) {
    }

    boolean has(Form form) {
        return forms.stream().anyMatch(f -> f.form() == form);
    }

    boolean allSigned(Form form) {
        return forms.stream().filter(f -> f.form() == form).allMatch(Written::signed);
    }
}
