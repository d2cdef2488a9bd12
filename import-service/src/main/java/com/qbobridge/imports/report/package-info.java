/**
 * The per-invoice report of the imports: every fetched invoice and its fate, whole or a page at a time.
 */
@NullMarked
package com.qbobridge.imports.report;

import org.jspecify.annotations.NullMarked;
