/**
 * What every page and API shares: ProblemDetail errors and the signed-in account on pages.
 */
@NullMarked
package com.qbobridge.imports.web;

import org.jspecify.annotations.NullMarked;
