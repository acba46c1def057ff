/**
 * Custody: booking in, the PACE detention clock and reviews, the append-only custody record. Issue 5.
 * Not built yet: the module has its place in the EAR and its boundary, and no records so far.
 */
module org.peelrms.custody {
    exports org.peelrms.custody.api;
}
