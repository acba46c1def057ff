/**
 * The casefile module's public API: the only package other modules may use.
 * Case files: MG forms, exhibits and continuity, quality check, CPS workflow. Issue 7.
 */
package org.peelrms.casefile.api;
