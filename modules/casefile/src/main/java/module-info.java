/**
 * Case files: MG forms, exhibits and continuity, quality check, CPS workflow. Issue 7.
 * Not built yet: the module has its place in the EAR and its boundary, and no records so far.
 */
module org.peelrms.casefile {
    exports org.peelrms.casefile.api;
}
