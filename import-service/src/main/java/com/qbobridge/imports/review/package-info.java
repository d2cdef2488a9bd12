/**
 * Review and submit at any size: a stored selection of drafts, its summary (cases, amounts per currency, dates,
 * warnings by kind), its drafts a page at a time, and one submit that approves the selection's ready drafts.
 */
@NullMarked
package com.qbobridge.imports.review;

import org.jspecify.annotations.NullMarked;
