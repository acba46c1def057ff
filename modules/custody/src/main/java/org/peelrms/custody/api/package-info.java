/**
 * The custody module's public API: the only package other modules may use. Booking in, the PACE
 * detention clock and reviews (Police and Criminal Evidence Act 1984, ss. 40 to 44), the append-only
 * custody record, the custody board ({@link org.peelrms.custody.api.CustodyRecords}) and the PACE
 * compliance report for auditors ({@link org.peelrms.custody.api.ComplianceReports}).
 */
package org.peelrms.custody.api;
