/**
 * What other modules use of the restriction module: {@link org.peelrms.restriction.api.Restrictions}
 * (restrict, lift, and the two questions every record module asks: may the caller open this record,
 * and which of a type's records are hidden from the caller), {@link org.peelrms.restriction.api.AccessGroups}
 * and {@link org.peelrms.restriction.api.SensitiveOptions}.
 */
package org.peelrms.restriction.api;
