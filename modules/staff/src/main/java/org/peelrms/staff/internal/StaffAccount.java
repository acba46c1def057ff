package org.peelrms.staff.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.peelrms.staff.api.Account;

/** A staff account row, read by the Elytron realm at sign-in (see configure-security.cli). */
@Entity
@Table(name = "account", schema = "staff")
public class StaffAccount {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 100)
    private String passwordSalt;

    @Column(name = "iteration_count", nullable = false)
    private int iterationCount;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", schema = "staff", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 30)
    private Set<String> roles = new HashSet<>();

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    @Column(name = "access_version", nullable = false)
    private int accessVersion;

    @Version
    private int version;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, HashedPassword password, Set<String> roles,
            OffsetDateTime createdAt, String createdBy) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.iterationCount = password.iterationCount();
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Account view() {
        return new Account(username, displayName, Set.copyOf(roles), enabled, leftAt != null);
    }

    String username() {
        return username;
    }

    boolean enabled() {
        return enabled;
    }

    boolean left() {
        return leftAt != null;
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    int accessVersion() {
        return accessVersion;
    }

    HashedPassword password() {
        return new HashedPassword(passwordHash, passwordSalt, iterationCount);
    }

    /** A service account's password is hashed at the lower cost (see {@link HashedPassword}). */
    boolean serviceAccount() {
        return iterationCount == HashedPassword.SERVICE_ACCOUNT_COST;
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
        accessVersion++;
    }

    void leave(OffsetDateTime at) {
        this.enabled = false;
        this.leftAt = at;
        accessVersion++;
    }

    void password(HashedPassword password) {
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.iterationCount = password.iterationCount();
        accessVersion++;
    }

    void roles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        accessVersion++;
    }
}
