package org.peelrms.web.missing;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Base64;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The photograph on a missing person case's page: shows the newest one (fetched once the case itself
 * has opened, with the same reason if it is restricted, so once in the audit log) and takes a new one.
 */
@Named
@ViewScoped
public class CasePhotographView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CasePhotographs photographs;

    @Inject
    private MissingCaseView caseView;

    private boolean loaded;
    private String dataUri;
    private String caption;
    /** Only for the request that uploads it: never kept in the session. */
    private transient UploadedFile file;
    private String description;

    private void load() {
        loaded = true;
        Photograph photograph = photographs.current(caseView.getId(), caseView.getOpening().getReason()).orElse(null);
        dataUri = photograph == null ? null
                : "data:" + photograph.contentType() + ";base64," + Base64.getEncoder().encodeToString(photograph.content());
        caption = photograph == null ? null
                : (photograph.description() == null ? "" : photograph.description() + ". ")
                        + "Added " + UkTime.show(photograph.addedAt()) + " by " + photograph.addedBy() + ".";
    }

    public void add() {
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a photograph (a JPEG or PNG image) to add.");
            return;
        }
        if (file.getSize() > CasePhotographs.MAX_BYTES) {
            Messages.error("The photograph is larger than 5 MiB, the most Peel keeps. Save it smaller and try again.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            photographs.add(caseView.getId(), new NewPhotograph(in.readAllBytes(), description));
            Messages.info("Photograph added.");
            description = null;
            load();
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Your role does not allow this.");
        } catch (IOException e) {
            Messages.error("The photograph could not be read: " + e.getMessage());
        }
    }

    /** The photograph as a data URI for the page's image, read the first time the open case asks for it. */
    public String getDataUri() {
        if (!loaded && caseView.getView() != null) {
            load();
        }
        return dataUri;
    }

    public String getCaption() {
        return getDataUri() == null ? null : caption;
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
