/**
 * The crime module's public API: the only package other modules may use.
 * Crime recording to the National Crime Recording Standard: reports (incidents), crime records, investigation, finalisation. Issue 4.
 */
package org.peelrms.crime.api;
