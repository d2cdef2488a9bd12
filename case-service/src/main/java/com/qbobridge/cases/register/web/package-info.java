/**
 * The case API import-service calls for a creditor: list and read cases, errors as ProblemDetails.
 */
@NullMarked
package com.qbobridge.cases.register.web;

import org.jspecify.annotations.NullMarked;
