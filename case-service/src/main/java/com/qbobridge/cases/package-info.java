/**
 * Creates collection cases from approved drafts, exactly once.
 */
@NullMarked
package com.qbobridge.cases;

import org.jspecify.annotations.NullMarked;
