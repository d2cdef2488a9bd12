/**
 * The messaging backbone every service of the pipeline uses: one auto-configuration, one set of settings.
 */
@NullMarked
package com.qbobridge.messaging;

import org.jspecify.annotations.NullMarked;
