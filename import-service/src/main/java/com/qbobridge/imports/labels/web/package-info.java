/**
 * The label table as JSON for the page scripts.
 */
@NullMarked
package com.qbobridge.imports.labels.web;

import org.jspecify.annotations.NullMarked;
