/**
 * An import's report read a page at a time, its details in words, so that the Import page never loads it whole.
 */
@NullMarked
package com.qbobridge.imports.report;

import org.jspecify.annotations.NullMarked;
