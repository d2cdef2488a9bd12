/**
 * The drafts API: paging, one draft, fixes and approvals.
 */
@NullMarked
package com.qbobridge.imports.drafts.web;

import org.jspecify.annotations.NullMarked;
