/**
 * The Operations page and its JSON endpoint, for operators only.
 */
@NullMarked
package com.qbobridge.imports.ops.web;

import org.jspecify.annotations.NullMarked;
