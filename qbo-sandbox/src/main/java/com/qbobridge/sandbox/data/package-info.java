/**
 * Where realm data comes from: the seeded dataset generator, QBO JSON files and the default configuration.
 */
@NullMarked
package com.qbobridge.sandbox.data;

import org.jspecify.annotations.NullMarked;
