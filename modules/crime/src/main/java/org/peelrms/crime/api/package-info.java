/**
 * The crime module's public API: the only package other modules may use. Crime recording to the
 * National Crime Recording Standard: {@link org.peelrms.crime.api.Reports} (reports on the 24-hour
 * clock and the decisions on them), {@link org.peelrms.crime.api.Crimes} (crime records, investigation,
 * finalisation, cancellation), {@link org.peelrms.crime.api.CrimeLists} (what must not fall through),
 * {@link org.peelrms.crime.api.OffenceClassifications} and {@link org.peelrms.crime.api.IntegrityReports}.
 */
package org.peelrms.crime.api;
