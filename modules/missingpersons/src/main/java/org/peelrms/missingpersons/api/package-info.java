/**
 * The missingpersons module's public API: the only package other modules may use.
 * Missing persons: reports, risk grading and reviews, sightings, return and closure. Issue 6.
 */
package org.peelrms.missingpersons.api;
