/**
 * The Settings page: the signed-in user's personal API tokens, created (shown once) and revoked.
 */
@NullMarked
package com.qbobridge.imports.settings.web;

import org.jspecify.annotations.NullMarked;
