/**
 * The case rules as a Spring Boot auto-configuration: one {@code pipeline.rules} configuration, one
 * {@code CaseDraftValidator} bean, so that every service judges a draft with the same settings.
 */
@NullMarked
package com.qbobridge.rules.config;

import org.jspecify.annotations.NullMarked;
