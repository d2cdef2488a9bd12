/**
 * Event contracts of the quickbooks topics: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.NullMarked;
