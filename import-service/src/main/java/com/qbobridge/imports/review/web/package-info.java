/**
 * The Review and submit page and its API.
 */
@NullMarked
package com.qbobridge.imports.review.web;

import org.jspecify.annotations.NullMarked;
