/**
 * Missing persons: reports, risk grading and reviews, sightings, return and closure. Issue 6.
 * Not built yet: the module has its place in the EAR and its boundary, and no records so far.
 */
module org.peelrms.missingpersons {
    exports org.peelrms.missingpersons.api;
}
