package org.peelrms.staff.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.peelrms.audit.api.AuditTrail;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.kernel.Roles;
import org.peelrms.staff.api.SignInThrottle;
import org.peelrms.staff.api.SignInTurn;
import org.peelrms.staff.api.SignIns;
import org.peelrms.restriction.api.RecordWrites;
import org.peelrms.restriction.api.Change;

/**
 * The sign-in throttle kept in {@code staff.sign_in_throttle} (staff V3), so that every node holds back the same
 * attempts. A failure is counted by one upsert for each {@link ThrottleKind}, which also serialises two failures
 * of the same subject at the same moment.
 */
@Stateless
@PermitAll
public class JpaSignIns implements SignIns {
    static final String THROTTLE = "SIGN_IN_THROTTLE";
    private static final int LONGEST_NAME = 64;
    private static final int LONGEST_ADDRESS = 100;
    /** The hash of nothing anyone can type: checked against when no open account has the name, to take the same time. */
    private static final HashedPassword NOBODY = HashedPassword.of("\u0000 no account \u0000", HashedPassword.COST);

    @PersistenceContext(unitName = "staff")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @EJB
    private RecordWrites writes;

    @Override
    public SignInTurn turn(String username, String address) {
        String name = name(username);
        String from = address(address);
        OffsetDateTime now = now();
        List<ThrottleRow> rows = rows(name, from);
        long wait = rows.stream().filter(row -> row.heldAt(now))
                .mapToLong(row -> Duration.between(now, row.heldUntil()).toSeconds() + 1).max().orElse(0);
        if (wait > 0) {
            rows.stream().filter(row -> row.heldAt(now)).forEach(row -> entityManager.createQuery("update ThrottleRow t"
                    + " set t.refusedWhileHeld = t.refusedWhileHeld + 1 where t.key = :key")
                    .setParameter("key", row.key()).executeUpdate());
        }
        boolean failuresOnFile = rows.stream().anyMatch(row -> row.kind() != ThrottleKind.ADDRESS);
        return new SignInTurn(wait, failuresOnFile);
    }

    @Override
    public void refused(String username, String password, String address) {
        String name = name(username);
        String from = address(address);
        if (openAccount(name) == null) {
            NOBODY.verifies(password == null ? "" : password);
        }
        for (ThrottleKind kind : ThrottleKind.values()) {
            count(kind, kind.subject(name, from));
        }
        audit.recordFailedSignIn(name, from);
    }

    @Override
    public void signedIn(String username, String address) {
        String name = name(username);
        entityManager.createQuery("delete from ThrottleRow t where (t.key.kind = :account and t.key.subject = :name)"
                        + " or (t.key.kind = :pair and t.key.subject = :pairSubject)")
                .setParameter("account", ThrottleKind.ACCOUNT).setParameter("name", name)
                .setParameter("pair", ThrottleKind.ACCOUNT_AT_ADDRESS)
                .setParameter("pairSubject", ThrottleKind.ACCOUNT_AT_ADDRESS.subject(name, address(address)))
                .executeUpdate();
    }

    @Override
    public void sessionBegun(String username, String address) {
        audit.recordSignIn(username, address);
    }

    @Override
    public void signedOut(String username, String address) {
        audit.recordSignOut(username, address);
    }

    /**
     * Asked on every call of a signed-in session (AccountStillOpen), so it reads the one number it needs, without
     * loading the account and its roles and without a transaction of its own (ADR 0050).
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalInt access(String username) {
        return entityManager.createQuery("select a.accessVersion from StaffAccount a where a.username = :name"
                        + " and a.enabled = true", Integer.class)
                .setParameter("name", name(username)).getResultList().stream().mapToInt(Integer::intValue).findFirst();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<SignInThrottle> throttles() {
        return entityManager.createQuery("select t from ThrottleRow t where t.lastFailureAt > :since"
                        + " order by t.lastFailureAt desc", ThrottleRow.class)
                .setParameter("since", now().minus(ThrottleKind.MEMORY)).setMaxResults(500).getResultList().stream()
                .map(ThrottleRow::view).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void clear(String kind, String subject) {
        ThrottleKind known = Arrays.stream(ThrottleKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidInput("There is no kind of throttle called " + kind + "; the kinds are "
                        + Arrays.toString(ThrottleKind.values()) + "."));
        ThrottleRow row = entityManager.find(ThrottleRow.class, new ThrottleRow.Key(known, subject));
        if (row == null) {
            throw new InvalidInput("No failed sign-ins are counted for " + known + " " + subject + ".");
        }
        entityManager.remove(row);
        writes.deleted(THROTTLE, known + " " + subject, Change.of("sign-in throttle cleared after "
                + row.failures() + " failed sign-ins"));
    }

    private List<ThrottleRow> rows(String name, String from) {
        OffsetDateTime now = now();
        return entityManager.createQuery("select t from ThrottleRow t where (t.key.kind = :pair and t.key.subject = :pairSubject)"
                        + " or (t.key.kind = :address and t.key.subject = :from)"
                        + " or (t.key.kind = :account and t.key.subject = :name)", ThrottleRow.class)
                .setParameter("pair", ThrottleKind.ACCOUNT_AT_ADDRESS)
                .setParameter("pairSubject", ThrottleKind.ACCOUNT_AT_ADDRESS.subject(name, from))
                .setParameter("address", ThrottleKind.ADDRESS).setParameter("from", from)
                .setParameter("account", ThrottleKind.ACCOUNT).setParameter("name", name)
                .getResultList().stream().filter(row -> row.remembered(now)).toList();
    }

    /** One more failure for the subject (counted afresh after an hour without one), and the hold that follows. */
    private void count(ThrottleKind kind, String subject) {
        Number failures = (Number) entityManager.createNativeQuery("INSERT INTO staff.sign_in_throttle AS t"
                        + " (kind, subject, failures, last_failure_at) VALUES (?1, ?2, 1, now())"
                        + " ON CONFLICT (kind, subject) DO UPDATE SET last_failure_at = now(), failures ="
                        + " CASE WHEN t.last_failure_at < now() - INTERVAL '1 hour' THEN 1 ELSE t.failures + 1 END"
                        + " RETURNING t.failures")
                .setParameter(1, kind.name()).setParameter(2, subject).getSingleResult();
        Duration hold = kind.holdAfter(failures.intValue());
        if (!hold.isZero()) {
            entityManager.createNativeQuery("UPDATE staff.sign_in_throttle SET held_until = now() + ?3 * INTERVAL '1 second'"
                            + " WHERE kind = ?1 AND subject = ?2")
                    .setParameter(1, kind.name()).setParameter(2, subject).setParameter(3, hold.toSeconds())
                    .executeUpdate();
        }
    }

    private StaffAccount openAccount(String name) {
        StaffAccount account = entityManager.find(StaffAccount.class, name);
        return account != null && account.enabled() ? account : null;
    }

    /**
     * A user name as the realm compares it (exactly, so that the time taken matches the realm's), cut to one character
     * more than an account can have, with any NUL (which PostgreSQL cannot store) shown as {@code ?}.
     */
    private static String name(String username) {
        return storable(username == null ? "" : username, LONGEST_NAME + 1);
    }

    private static String address(String address) {
        return storable(address == null ? "unknown" : address, LONGEST_ADDRESS);
    }

    private static String storable(String text, int longest) {
        String clean = text.replace('\u0000', '?');
        return clean.length() > longest ? clean.substring(0, longest) : clean;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
