package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.nominal.api.JobView;
import org.peelrms.nominal.api.NameVariantTable;
import org.peelrms.nominal.api.PeopleImports;
import org.peelrms.nominal.api.SearchIndex;
import org.peelrms.web.shell.Messages;

/**
 * The administrators' page for the people data: import a legacy export, add name variants, rebuild
 * the search index, and watch a job's progress.
 */
@Named
@ViewScoped
public class PeopleDataView implements Serializable {

    @EJB
    private PeopleImports imports;

    @EJB
    private SearchIndex index;

    @EJB
    private NameVariantTable variants;

    /** The file chosen, for this request only (a plain file input: see people.xhtml). */
    private transient Part file;
    private final WatchedJob job = new WatchedJob();
    private String group;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a CSV file to import.");
            return;
        }
        try {
            Path saved = Files.createTempFile("peel-import-", ".csv");
            try (InputStream in = file.getSubmittedFileName().endsWith(".gz")
                    ? new GZIPInputStream(file.getInputStream()) : file.getInputStream()) {
                Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
            }
            job.watch(imports.start(saved, file.getSubmittedFileName()));
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (IOException e) {
            Messages.error("The file could not be read: " + e.getMessage());
        }
    }

    public void rebuild() {
        job.watch(index.startRebuild());
    }

    public void addGroup() {
        try {
            variants.add(group);
            Messages.info("Name variants added. Rebuild the search index so that searches find people by them.");
            group = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }

    public List<String> getAddedGroups() {
        return variants.added();
    }

    public int getVariantCount() {
        return variants.size();
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    /** The job this page started, as it stands in this request ({@link WatchedJob}). */
    public JobView getJob() {
        return job.read(imports::job);
    }

    public boolean isRunning() {
        return job.running(imports::job);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
