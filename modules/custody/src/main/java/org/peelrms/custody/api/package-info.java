/**
 * The custody module's public API: the only package other modules may use.
 * Custody: booking in, the PACE detention clock and reviews, the append-only custody record. Issue 5.
 */
package org.peelrms.custody.api;
