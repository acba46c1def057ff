package org.peelrms.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a message on the page for the user to read. */
public final class Messages {
    private Messages() {
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
