package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.Account;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;
import org.peelrms.web.shell.Messages;

/** Administration of staff accounts: the list, and opening a new account. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @EJB
    private StaffAccounts accounts;

    private List<Account> all;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private boolean serviceAccount;

    public List<Account> getAll() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public void open() {
        try {
            Account opened = accounts.open(new NewAccount(username, displayName, password, new HashSet<>(roles), serviceAccount));
            Messages.info("Account " + opened.username() + " opened.");
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>();
            serviceAccount = false;
            all = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
    }


    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(boolean serviceAccount) {
        this.serviceAccount = serviceAccount;
    }
}
