/**
 * Bulk imports as jobs: their state, progress and lifecycle, from the request to drafts ready for review.
 */
@NullMarked
package com.qbobridge.imports.jobs;

import org.jspecify.annotations.NullMarked;
