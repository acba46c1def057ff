package org.peelrms.restriction.api;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.peelrms.kernel.RecordRef;
import org.peelrms.kernel.RecordType;

/**
 * The restricted records the caller may not see, of the kinds asked for, read once per call by
 * {@link RecordAccess#hidden}. Lists leave them out before counting or paging; a record the caller may open shows a
 * hidden person linked to it as {@link RestrictableRecords#WITHHELD_PERSON}.
 */
public final class HiddenRecords {
    /** Nothing hidden: for work Peel does itself and for callers who see everything they may open. */
    public static final HiddenRecords NONE = new HiddenRecords(Map.of());

    private final Map<RecordType, Set<Long>> ids;

    public HiddenRecords(Map<RecordType, Set<Long>> ids) {
        this.ids = ids.isEmpty() ? Map.of() : new EnumMap<>(ids);
    }

    /** The hidden ids of one kind; empty if none are hidden or the kind was not asked for. */
    public Set<Long> ids(RecordType type) {
        return ids.getOrDefault(type, Set.of());
    }

    public boolean contains(RecordType type, Long id) {
        return id != null && ids(type).contains(id);
    }

    public boolean contains(RecordRef record) {
        return contains(record.type(), record.id());
    }

    /** A person hidden from the caller. */
    public boolean person(Long id) {
        return contains(RecordType.PERSON, id);
    }

    /** The rows whose record of this kind the caller may see, in their order. */
    public <T> List<T> visible(RecordType type, Collection<T> rows, ToLongFunction<T> idOf) {
        Set<Long> hidden = ids(type);
        return hidden.isEmpty() ? List.copyOf(rows)
                : rows.stream().filter(row -> !hidden.contains(idOf.applyAsLong(row))).toList();
    }
}
