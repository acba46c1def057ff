/**
 * Crime recording to the National Crime Recording Standard: reports (incidents), crime records, investigation, finalisation. Issue 4.
 * Not built yet: the module has its place in the EAR and its boundary, and no records so far.
 */
module org.peelrms.crime {
    exports org.peelrms.crime.api;
}
