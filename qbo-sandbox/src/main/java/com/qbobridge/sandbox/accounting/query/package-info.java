/**
 * Intuit's query language subset: parser, filterable fields and execution over a realm.
 */
@NullMarked
package com.qbobridge.sandbox.accounting.query;

import org.jspecify.annotations.NullMarked;
