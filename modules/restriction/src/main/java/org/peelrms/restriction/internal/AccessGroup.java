package org.peelrms.restriction.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peelrms.restriction.api.AccessGroupView;

/** A named group of users ("Major Investigation Team") that a restriction can name instead of each user. */
@Entity
@Table(name = "access_group", schema = "restriction")
public class AccessGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_group_member", schema = "restriction", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "username", length = 64)
    private Set<String> members = new TreeSet<>();

    protected AccessGroup() {
    }

    AccessGroup(String name, String description, String by, OffsetDateTime at) {
        this.name = name;
        this.description = description;
        this.createdBy = by;
        this.createdAt = at;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Set<String> members() {
        return members;
    }

    AccessGroupView view() {
        return new AccessGroupView(id, name, description, List.copyOf(members));
    }
}
