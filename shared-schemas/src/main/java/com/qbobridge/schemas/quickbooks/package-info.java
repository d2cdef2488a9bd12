/**
 * Event contracts of the quickbooks topics: plain records shared by every service. Each keeps the fields a case
 * needs of Intuit's entity and says {@code @JsonIgnoreProperties(ignoreUnknown = true)}: Jackson then skips the
 * others (a page's line items) while parsing, where a record without it has every unknown property copied into a
 * buffer before it is dropped (17 % of the connector's CPU in figure 1 of the bench).
 */
@NullMarked
package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.NullMarked;
