package org.peelrms.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peelrms.kernel.Roles;

/** The signed-in user as the page shell shows them, and what their roles open to them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private ExternalContext external;

    public String getName() {
        return external.getRemoteUser();
    }

    public boolean isOperational() {
        return external.isUserInRole(Roles.OFFICER) || external.isUserInRole(Roles.CUSTODY_OFFICER)
                || external.isUserInRole(Roles.INVESTIGATOR) || external.isUserInRole(Roles.SUPERVISOR);
    }

    public boolean isAuditor() {
        return external.isUserInRole(Roles.AUDITOR);
    }

    public boolean isAdministrator() {
        return external.isUserInRole(Roles.ADMIN);
    }

    /** The user's roles as people name them, for the header, e.g. "Custody officer, Supervisor". */
    public String getRoles() {
        return String.join(", ", Roles.ALL.stream().filter(external::isUserInRole).map(CurrentUser::label).toList());
    }

    /** Any roles as people name them, in Peel's order: "Investigator, Auditor". */
    public String labels(java.util.Collection<String> roles) {
        return String.join(", ", Roles.ALL.stream().filter(roles::contains).map(CurrentUser::label).toList());
    }

    /** One role as people name it, for a page: {@code #{currentUser.roleLabel(r)}}. */
    public String roleLabel(String role) {
        return label(role);
    }

    /** "CUSTODY_OFFICER" as "Custody officer", "ADMIN" as "Administrator". */
    static String label(String role) {
        if (Roles.ADMIN.equals(role)) {
            return "Administrator";
        }
        return Words.words(role);
    }
}
