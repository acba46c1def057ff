package org.peelrms.restriction.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peelrms.restriction.api.RestrictionCategory;
import org.peelrms.restriction.api.RestrictionView;

/** One record restricted to named users and access groups; in force until lifted, and kept after. */
@Entity
@Table(name = "restriction", schema = "restriction")
public class Restriction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RestrictionCategory category;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "restricted_by", nullable = false, length = 64)
    private String restrictedBy;

    @Column(name = "restricted_at", nullable = false)
    private OffsetDateTime restrictedAt;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    @Column(name = "lift_reason", length = 2000)
    private String liftReason;

    @Column(name = "merge_id")
    private Long mergeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "restriction_user", schema = "restriction", joinColumns = @JoinColumn(name = "restriction_id"))
    @Column(name = "username", length = 64)
    private Set<String> users = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "restriction_group", schema = "restriction", joinColumns = @JoinColumn(name = "restriction_id"))
    @Column(name = "group_name", length = 100)
    private Set<String> groups = new TreeSet<>();

    protected Restriction() {
    }

    Restriction(String recordType, long recordId, RestrictionCategory category, String reason, Collection<String> users,
            Collection<String> groups, String by, OffsetDateTime at) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.category = category;
        this.reason = reason;
        this.users.addAll(users);
        this.groups.addAll(groups);
        this.restrictedBy = by;
        this.restrictedAt = at;
    }

    Long id() {
        return id;
    }

    String recordType() {
        return recordType;
    }

    long recordId() {
        return recordId;
    }

    boolean inForce() {
        return liftedAt == null;
    }

    /** Whether the user, a member of these groups, is on the list. */
    boolean allows(String username, Set<String> memberOf) {
        return users.contains(username) || groups.stream().anyMatch(memberOf::contains);
    }

    /** The same restriction on the survivor of a merge of the person restricted into an unrestricted one. */
    Restriction carriedTo(long survivorId, long mergeId, String by, OffsetDateTime at) {
        Restriction carried = new Restriction(recordType, survivorId, category, reason, users, groups, by, at);
        carried.mergeId = mergeId;
        return carried;
    }

    void lift(String by, OffsetDateTime at, String why) {
        this.liftedBy = by;
        this.liftedAt = at;
        this.liftReason = why;
    }

    RestrictionView view() {
        return new RestrictionView(id, recordType, recordId, category, reason, List.copyOf(users), List.copyOf(groups),
                restrictedBy, restrictedAt);
    }
}
