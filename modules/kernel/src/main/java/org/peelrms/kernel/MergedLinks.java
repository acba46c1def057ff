package org.peelrms.kernel;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One module's links to a person, made to follow a merge ({@link PersonMerged}) and put back when it is undone
 * ({@link MergeUndone}); ADR 0046. Every row moved is kept in the module's own table {@code <schema>.merge_link}
 * (same shape in every module), under the merge's id: a row now naming the survivor, or, where the survivor already
 * had the same link, the whole row, deleted ("set aside") so that the unique rule holds, and re-inserted exactly
 * on undo. The SQL runs in the caller's transaction (the merge's), through the module's own persistence unit, so a
 * merge moves every link or none. Table and column names come from the module's code, never from input.
 */
public final class MergedLinks {

    /** A row moved to the survivor, set aside, or put back: its table, the record it belongs to, and its id. */
    public record Link(String table, String column, long recordId, long rowId, boolean setAside) {
    }

    private final EntityManager entityManager;
    private final String schema;
    private final long mergeId;
    private final long survivorId;
    private final long mergedAwayId;

    private MergedLinks(EntityManager entityManager, String schema, long mergeId, long survivorId, long mergedAwayId) {
        this.entityManager = entityManager;
        this.schema = schema;
        this.mergeId = mergeId;
        this.survivorId = survivorId;
        this.mergedAwayId = mergedAwayId;
    }

    /** The links of the module whose tables are in this schema, for this merge. */
    public static MergedLinks of(EntityManager entityManager, String schema, PersonMerged merged) {
        return new MergedLinks(entityManager, schema, merged.mergeId(), merged.survivorId(), merged.mergedAwayId());
    }

    /** The links of the module whose tables are in this schema, for the merge being undone. */
    public static MergedLinks of(EntityManager entityManager, String schema, MergeUndone undone) {
        return new MergedLinks(entityManager, schema, undone.mergeId(), undone.survivorId(), undone.mergedAwayId());
    }

    /**
     * Makes every row of the table naming the merged-away person in this column name the survivor. Where the
     * survivor already has a row with the same values in {@code sameAs} (the table's unique rule), the merged-away
     * person's row is set aside instead.
     *
     * @param recordColumn the column holding the id of the record the row belongs to (its own id, or its parent's)
     * @return the rows moved and set aside
     */
    public List<Link> follow(String table, String column, String recordColumn, String... sameAs) {
        String named = schema + "." + table;
        String same = Arrays.stream(sameAs).map(c -> " AND s." + c + " IS NOT DISTINCT FROM r." + c)
                .collect(Collectors.joining());
        String duplicate = "EXISTS (SELECT 1 FROM " + named + " s WHERE s." + column + " = :survivor" + same + ")";
        String keep = "INSERT INTO " + schema + ".merge_link (merge_id, link_table, link_column, record_id, row_id,"
                + " from_person_id, to_person_id, set_aside_row) SELECT :merge, :table, :column, r." + recordColumn
                + ", r.id, :away, :survivor, ";
        if (sameAs.length > 0) {
            parameters(keep + "to_jsonb(r) FROM " + named + " r WHERE r." + column + " = :away AND " + duplicate, table,
                    column).executeUpdate();
            entityManager.createNativeQuery("DELETE FROM " + named + " WHERE id IN (" + recorded(true) + ")")
                    .setParameter("merge", mergeId).setParameter("table", table).setParameter("column", column)
                    .executeUpdate();
        }
        parameters(keep + "NULL FROM " + named + " r WHERE r." + column + " = :away", table, column).executeUpdate();
        entityManager.createNativeQuery("UPDATE " + named + " SET " + column + " = :survivor WHERE id IN ("
                        + recorded(false) + ")")
                .setParameter("survivor", survivorId).setParameter("merge", mergeId).setParameter("table", table)
                .setParameter("column", column).executeUpdate();
        return links("AND link_table = '" + table + "' AND link_column = '" + column + "'");
    }

    /**
     * Puts back every row this merge moved or set aside in this module: a moved row names the merged-away person
     * again (unless it no longer names the survivor: changed by hand since), a set-aside row is re-inserted as it
     * was. The rows are then marked undone, so a second undo puts nothing back.
     *
     * @return the rows put back
     */
    public List<Link> putBack() {
        List<Link> back = new ArrayList<>();
        for (Link link : links("")) {
            String named = schema + "." + link.table();
            int rows;
            if (link.setAside()) {
                rows = entityManager.createNativeQuery("INSERT INTO " + named + " SELECT r.* FROM " + schema
                                + ".merge_link m, jsonb_populate_record(CAST(NULL AS " + named + "), m.set_aside_row) r"
                                + " WHERE m.merge_id = :merge AND m.link_table = :table AND m.row_id = :row")
                        .setParameter("merge", mergeId).setParameter("table", link.table())
                        .setParameter("row", link.rowId()).executeUpdate();
            } else {
                rows = entityManager.createNativeQuery("UPDATE " + named + " SET " + link.column() + " = :away WHERE id = :row"
                                + " AND " + link.column() + " = :survivor")
                        .setParameter("away", mergedAwayId).setParameter("row", link.rowId())
                        .setParameter("survivor", survivorId).executeUpdate();
            }
            if (rows > 0) {
                back.add(link);
            }
        }
        entityManager.createNativeQuery("UPDATE " + schema + ".merge_link SET undone_at = now() WHERE merge_id = :merge"
                + " AND undone_at IS NULL").setParameter("merge", mergeId).executeUpdate();
        return back;
    }

    /** What happened to the row, for its record's audit entry: moved, set aside, or put back. */
    public String said(Link link, boolean undoing) {
        if (undoing) {
            return (link.setAside() ? "link to person " + mergedAwayId + " put back" : "names person " + mergedAwayId
                    + " again, not person " + survivorId) + " (merge " + mergeId + " undone)";
        }
        return (link.setAside() ? "link to person " + mergedAwayId + " set aside: person " + survivorId
                + " already had the same" : "now names person " + survivorId + ", not person " + mergedAwayId)
                + " (merge " + mergeId + ")";
    }

    /** Who the row named before this step, for its field change ("person 12", or "set aside"). */
    public String before(Link link, boolean undoing) {
        return undoing ? (link.setAside() ? "set aside" : "person " + survivorId) : "person " + mergedAwayId;
    }

    /** Who the row names after this step, for its field change. */
    public String after(Link link, boolean undoing) {
        return undoing ? "person " + mergedAwayId : link.setAside() ? "set aside" : "person " + survivorId;
    }

    /** The two people, for the audit entries' names. */
    public RecordRef[] people() {
        return new RecordRef[] {RecordRef.person(survivorId), RecordRef.person(mergedAwayId)};
    }

    private jakarta.persistence.Query parameters(String sql, String table, String column) {
        return entityManager.createNativeQuery(sql).setParameter("merge", mergeId).setParameter("table", table)
                .setParameter("column", column).setParameter("away", mergedAwayId).setParameter("survivor", survivorId);
    }

    private String recorded(boolean setAside) {
        return "SELECT row_id FROM " + schema + ".merge_link WHERE merge_id = :merge AND link_table = :table"
                + " AND link_column = :column AND undone_at IS NULL AND set_aside_row IS " + (setAside ? "NOT " : "")
                + "NULL";
    }

    private List<Link> links(String which) {
        List<Link> links = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("SELECT link_table, link_column, record_id, row_id,"
                        + " set_aside_row IS NOT NULL FROM " + schema + ".merge_link WHERE merge_id = :merge"
                        + " AND undone_at IS NULL " + which + " ORDER BY id")
                .setParameter("merge", mergeId).getResultList()) {
            Object[] columns = (Object[]) row;
            links.add(new Link((String) columns[0], (String) columns[1], ((Number) columns[2]).longValue(),
                    ((Number) columns[3]).longValue(), (Boolean) columns[4]));
        }
        return links;
    }
}
