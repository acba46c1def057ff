package org.peelrms.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;
import org.peelrms.restriction.api.ReasonRequired;

/**
 * Opening a record on its page when it may be restricted: the record page keeps one of these, asks
 * the reason when the service wants one (the reason form, {@code WEB-INF/includes/reason-form.xhtml}),
 * and answers 404 when the record is not there for this user, exactly as for a record that does not exist.
 */
public class RestrictedOpening implements Serializable {
    private static final long serialVersionUID = 1L;

    private String reason;
    private boolean reasonNeeded;
    private String message;

    /** The record loaded with the reason given so far; null when a reason is needed or there is none. */
    public <T> T open(Function<String, Optional<T>> loader) {
        try {
            reasonNeeded = false;
            T found = loader.apply(reason).orElse(null);
            if (found == null) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
            return found;
        } catch (ReasonRequired e) {
            reasonNeeded = true;
            message = e.getMessage();
            return null;
        }
    }

    public boolean isReasonNeeded() {
        return reasonNeeded;
    }

    public String getMessage() {
        return message;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
