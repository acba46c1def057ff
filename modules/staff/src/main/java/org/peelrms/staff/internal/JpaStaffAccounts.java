package org.peelrms.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.peelrms.kernel.Callers;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.Account;
import org.peelrms.staff.api.NewAccount;
import org.peelrms.staff.api.StaffAccounts;
import org.peelrms.restriction.api.RecordAccess;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/** Accounts kept with standard JPA; opening one is audited in the same transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JpaStaffAccounts implements StaffAccounts {
    static final String ACCOUNT = "ACCOUNT";

    @PersistenceContext(unitName = "staff")
    private EntityManager entityManager;

    @EJB
    private RecordWrites writes;

    @EJB
    private RecordAccess access;

    @Resource
    private SessionContext session;

    @Inject
    private Validator validator;

    @Override
    public List<Account> all() {
        List<Account> accounts = entityManager
                .createQuery("select a from StaffAccount a order by a.username", StaffAccount.class)
                .getResultList().stream().map(StaffAccount::view).toList();
        access.listed(ACCOUNT, "all accounts", accounts.size());
        return accounts;
    }

    @Override
    public Account open(NewAccount account) {
        String problems = validator.validate(account).stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new InvalidInput("The account was not opened: " + problems + ".");
        }
        PasswordRule.check(account.password(), account.serviceAccount(), "The account was not opened");
        KnownRoles.check(account.roles());
        if (entityManager.find(StaffAccount.class, account.username()) != null) {
            throw new InvalidInput("The user name " + account.username() + " is already taken.");
        }
        StaffAccount opened = new StaffAccount(account.username(), account.displayName().strip(),
                HashedPassword.of(account.password(),
                        account.serviceAccount() ? HashedPassword.SERVICE_ACCOUNT_COST : HashedPassword.COST),
                account.roles(), OffsetDateTime.now(ZoneOffset.UTC),
                Callers.nameOf(session.getCallerPrincipal()));
        entityManager.persist(opened);
        writes.created(ACCOUNT, account.username(), Change.of("roles " + String.join(", ", account.roles())
                + (account.serviceAccount() ? "; service account" : "")));
        return opened.view();
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public boolean none() {
        return entityManager.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult() == 0;
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public void requireAccount(String username, String what) {
        if (username == null || username.isBlank()) {
            return;
        }
        boolean inUse = entityManager.createQuery("select count(a) from StaffAccount a where a.username = :name"
                + " and a.enabled = true", Long.class).setParameter("name", username.strip()).getSingleResult() > 0;
        if (!inUse) {
            throw new InvalidInput("There is no account '" + username.strip() + "'; give the " + what + "'s user name.");
        }
    }
}
