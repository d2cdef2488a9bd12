/**
 * The words creditors read for case fields, rule codes, statuses and fates: one table for every page and the CSV.
 */
@NullMarked
package com.qbobridge.imports.labels;

import org.jspecify.annotations.NullMarked;
