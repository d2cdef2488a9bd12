/**
 * Event contracts of the quickbooks topics: plain records shared by every service. Each keeps the fields a case
 * needs of Intuit's entity; {@code EventJson} skips the others (a page's line items) while parsing.
 */
@NullMarked
package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.NullMarked;
