/**
 * The cases API, relayed from case-service.
 */
@NullMarked
package com.qbobridge.imports.cases.web;

import org.jspecify.annotations.NullMarked;
