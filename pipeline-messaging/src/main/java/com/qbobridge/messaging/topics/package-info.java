/**
 * Declares the catalog's topics and their dead-letter topics, creating what is missing and changing nothing else.
 */
@NullMarked
package com.qbobridge.messaging.topics;

import org.jspecify.annotations.NullMarked;
