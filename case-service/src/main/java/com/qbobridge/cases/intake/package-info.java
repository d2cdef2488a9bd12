/**
 * Turns approved drafts from Kafka into collection cases, exactly once per invoice.
 */
@NullMarked
package com.qbobridge.cases.intake;

import org.jspecify.annotations.NullMarked;
