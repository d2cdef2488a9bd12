/**
 * Serves the creditor's pages and API and runs bulk imports.
 */
@NullMarked
package com.qbobridge.imports;

import org.jspecify.annotations.NullMarked;
