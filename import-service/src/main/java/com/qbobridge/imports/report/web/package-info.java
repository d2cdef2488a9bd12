/**
 * The report API: whole, as CSV, and a page at a time for the Import page.
 */
@NullMarked
package com.qbobridge.imports.report.web;

import org.jspecify.annotations.NullMarked;
