/**
 * The paged report's API for the Import page.
 */
@NullMarked
package com.qbobridge.imports.report.web;

import org.jspecify.annotations.NullMarked;
