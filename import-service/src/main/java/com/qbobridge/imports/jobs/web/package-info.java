/**
 * The Bulk Import and Import pages, the imports API and live progress.
 */
@NullMarked
package com.qbobridge.imports.jobs.web;

import org.jspecify.annotations.NullMarked;
