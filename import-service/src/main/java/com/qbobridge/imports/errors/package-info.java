/**
 * The base of every domain failure that answers as its own RFC 9457 problem; features extend it, the web layer
 * only renders it.
 */
@NullMarked
package com.qbobridge.imports.errors;

import org.jspecify.annotations.NullMarked;
