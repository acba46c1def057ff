package org.peelrms.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.peelrms.audit.api.FieldChanges;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.Conflict;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.NotPermitted;
import org.peelrms.kernel.Require;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.Account;
import org.peelrms.staff.api.AccountLifecycle;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** The account lifecycle with standard JPA, each change audited in its own transaction with the change. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JpaAccountLifecycle implements AccountLifecycle {

    @PersistenceContext(unitName = "staff")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @Resource
    private SessionContext session;

    @Override
    public Account disable(String username, String reason) {
        StaffAccount account = changeable(username);
        refuseOwn(account, "disable");
        if (!account.enabled()) {
            throw new Conflict("The account " + username + " is already disabled.");
        }
        keepAnAdministrator(account, Set.of());
        account.enabled(false);
        return audited(account, "disabled", reason("disabling", reason), "enabled", "yes", "no");
    }

    @Override
    public Account enable(String username, String reason) {
        StaffAccount account = changeable(username);
        if (account.enabled()) {
            throw new Conflict("The account " + username + " is already enabled.");
        }
        account.enabled(true);
        return audited(account, "enabled", reason("enabling", reason), "enabled", "no", "yes");
    }

    @Override
    public Account leave(String username, String reason) {
        StaffAccount account = changeable(username);
        refuseOwn(account, "close");
        keepAnAdministrator(account, Set.of());
        String was = account.enabled() ? "enabled" : "disabled";
        account.leave(OffsetDateTime.now(ZoneOffset.UTC));
        return audited(account, "closed: a leaver", reason("closing", reason), "account", was, "closed for good (leaver)");
    }

    @Override
    public Account resetPassword(String username, String newPassword) {
        StaffAccount account = changeable(username);
        PasswordRule.check(newPassword, account.serviceAccount(), "The password was not reset");
        account.password(HashedPassword.of(newPassword, account.password().iterationCount()));
        return audited(account, "password reset by an administrator", null, "password", "(not shown)", "(reset)");
    }

    @Override
    public Account changeRoles(String username, Set<String> roles) {
        KnownRoles.check(roles);
        StaffAccount account = changeable(username);
        if (account.roles().equals(roles)) {
            throw new Conflict("The account " + username + " already has exactly these roles.");
        }
        keepAnAdministrator(account, roles);
        String before = String.join(", ", new TreeSet<>(account.roles()));
        account.roles(roles);
        return audited(account, "roles changed", null, "roles", before, String.join(", ", new TreeSet<>(roles)));
    }

    @Override
    @PermitAll
    public int changeOwnPassword(String currentPassword, String newPassword) {
        String me = Callers.nameOf(session.getCallerPrincipal());
        StaffAccount account = entityManager.find(StaffAccount.class, me, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.enabled()) {
            throw new NotPermitted("Only a signed-in member of staff can change their password.");
        }
        if (currentPassword == null || !account.password().verifies(currentPassword)) {
            throw new InvalidInput("The password was not changed: the current password is not right.");
        }
        PasswordRule.check(newPassword, account.serviceAccount(), "The password was not changed");
        if (account.password().verifies(newPassword)) {
            throw new InvalidInput("The password was not changed: the new password is the same as the current one.");
        }
        account.password(HashedPassword.of(newPassword, account.password().iterationCount()));
        audited(account, "password changed by its holder", null, "password", "(not shown)", "(changed)");
        return account.accessVersion();
    }

    /** The account, locked for the change; a leaver's account is closed for good. */
    private StaffAccount changeable(String username) {
        Require.that(username != null && !username.isBlank(), "Give the account's user name.");
        StaffAccount account = entityManager.find(StaffAccount.class, username.strip(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new InvalidInput("There is no account '" + username.strip() + "'.");
        }
        if (account.left()) {
            throw new Conflict("The account " + username.strip() + " belongs to a leaver and is closed for good.");
        }
        return account;
    }

    private void refuseOwn(StaffAccount account, String what) {
        if (account.username().equals(Callers.nameOf(session.getCallerPrincipal()))) {
            throw new NotPermitted("You cannot " + what + " your own account; ask another administrator.");
        }
    }

    /** Refuses a change that would leave no enabled administrator (the account keeps {@code rolesAfter}). */
    private void keepAnAdministrator(StaffAccount account, Set<String> rolesAfter) {
        if (!account.enabled() || !account.roles().contains(Roles.ADMIN) || rolesAfter.contains(Roles.ADMIN)) {
            return;
        }
        long others = entityManager.createQuery("select count(a) from StaffAccount a join a.roles r where r = :admin"
                        + " and a.enabled = true and a.username <> :name", Long.class)
                .setParameter("admin", Roles.ADMIN).setParameter("name", account.username()).getSingleResult();
        if (others == 0) {
            throw new Conflict(account.username() + " is the last enabled administrator; give another account the"
                    + " administrator role first.");
        }
    }

    private static String reason(String doing, String reason) {
        Require.that(reason != null && !reason.isBlank(), "Say why you are " + doing + " the account.");
        Require.that(reason.length() <= 500, "Keep the reason to 500 characters.");
        return reason.strip();
    }

    private Account audited(StaffAccount account, String what, String reason, String field, String before, String after) {
        writes.changed(JpaStaffAccounts.ACCOUNT, account.username(), Change.of("account " + what,
                new FieldChanges().field(field, before, after).list()).because(reason));
        return account.view();
    }
}
