/**
 * The case drafts of an import: intake from mapping, review and fix, approval, and disposal.
 */
@NullMarked
package com.qbobridge.imports.drafts;

import org.jspecify.annotations.NullMarked;
