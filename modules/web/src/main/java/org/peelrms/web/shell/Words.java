package org.peelrms.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * A machine value as words, for the few values shown that have no label of their own: NOT_GRADED as
 * "Not graded", CUSTODY_OFFICER as "Custody officer". In a page: {@code #{words.of(o.reviewState())}}.
 */
@Named
@ApplicationScoped
public class Words {

    public String of(Object value) {
        return words(value);
    }

    static String words(Object value) {
        String words = value == null ? "" : value.toString().toLowerCase(Locale.UK).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
