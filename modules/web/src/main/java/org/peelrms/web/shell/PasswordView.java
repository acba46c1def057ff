package org.peelrms.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.staff.api.AccountLifecycle;
import org.peelrms.web.security.AccountStillOpen;

/** The signed-in user changes their own password; this session carries on, their others end. */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    private AccountLifecycle lifecycle;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        if (replacement == null || !replacement.equals(repeated)) {
            Messages.error("The password was not changed: the new password and its repetition differ.");
            return;
        }
        try {
            int accessVersion = lifecycle.changeOwnPassword(current, replacement);
            AccountStillOpen.carryOn((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
                    accessVersion);
            Messages.info("Your password has been changed.");
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
