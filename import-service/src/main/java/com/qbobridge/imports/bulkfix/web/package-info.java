/**
 * The bulk-fix API for the Import page.
 */
@NullMarked
package com.qbobridge.imports.bulkfix.web;

import org.jspecify.annotations.NullMarked;
