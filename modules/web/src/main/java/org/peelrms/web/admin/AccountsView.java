package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.Account;
import org.peelrms.staff.api.AccountLifecycle;
import org.peelrms.staff.api.SignInThrottle;
import org.peelrms.staff.api.SignIns;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;
import org.peelrms.web.shell.Messages;

/**
 * Administration of staff accounts: the list, opening a new account, changing one (disable, enable, close a
 * leaver's, reset the password, change the roles), and the sign-in throttles with a way to clear one.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @EJB
    private StaffAccounts accounts;

    @EJB
    private AccountLifecycle lifecycle;

    @EJB
    private SignIns signIns;

    private List<SignInThrottle> throttles;
    private String chosen;
    private String reason;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();

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

    public void disable() {
        change(() -> lifecycle.disable(chosen, reason), "disabled");
    }

    public void enable() {
        change(() -> lifecycle.enable(chosen, reason), "enabled");
    }

    public void leave() {
        change(() -> lifecycle.leave(chosen, reason), "closed for good (a leaver)");
    }

    public void resetPassword() {
        change(() -> lifecycle.resetPassword(chosen, newPassword), "given a new password");
    }

    public void changeRoles() {
        change(() -> lifecycle.changeRoles(chosen, new HashSet<>(newRoles)), "given the roles chosen");
    }

    /** Runs one change of the chosen account and says what happened (or why it was refused). */
    private void change(Supplier<Account> change, String done) {
        if (chosen == null || chosen.isBlank()) {
            Messages.error("Choose the account to change.");
            return;
        }
        try {
            Account changed = change.get();
            Messages.info("Account " + changed.username() + " " + done + ". Its signed-in sessions have ended.");
            reason = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            all = null;
        } catch (InvalidInput | NotPermitted e) {
            Messages.error(e.getMessage());
        }
    }

    public List<SignInThrottle> getThrottles() {
        if (throttles == null) {
            throttles = signIns.throttles();
        }
        return throttles;
    }

    public void clear(SignInThrottle throttle) {
        try {
            signIns.clear(throttle.kind(), throttle.subject());
            Messages.info("Failed sign-ins for " + throttle.subject() + " cleared.");
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        }
        throttles = null;
    }

    /** Accounts that can still be changed (not leavers'). */
    public List<Account> getChangeable() {
        return getAll().stream().filter(account -> !account.left()).toList();
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
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
