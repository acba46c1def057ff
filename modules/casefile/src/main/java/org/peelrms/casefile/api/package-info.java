/**
 * The casefile module's public API: the only package other modules may use.
 * Case files to the National File Standard: MG forms, exhibits and continuity, quality check, CPS workflow.
 */
package org.peelrms.casefile.api;
