/**
 * The report API, as JSON and as CSV.
 */
@NullMarked
package com.qbobridge.imports.report.web;

import org.jspecify.annotations.NullMarked;
