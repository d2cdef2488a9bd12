/**
 * The Bulk Import and Review pages, the imports API, live progress and the CSV report.
 */
@NullMarked
package com.qbobridge.imports.imports.web;

import org.jspecify.annotations.NullMarked;
