package org.peelrms.crime.api;

import java.io.Serializable;

/**
 * A Home Office offence classification.
 *
 * @param code     the Home Office code, e.g. {@code 8N}
 * @param name     e.g. "Assault with injury"
 * @param category e.g. "Violence against the person"
 * @param inUse    false once an administrator has retired it (kept for the crimes that use it)
 */
public record OffenceClassificationView(String code, String name, String category, boolean inUse) implements Serializable {

    /** "8N Assault with injury". */
    public String display() {
        return code + " " + name;
    }
}
