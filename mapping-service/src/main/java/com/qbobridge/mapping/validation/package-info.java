/**
 * The case rules as this service applies them: their tunable settings, bound from configuration.
 */
@NullMarked
package com.qbobridge.mapping.validation;

import org.jspecify.annotations.NullMarked;
