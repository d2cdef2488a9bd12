/**
 * Creditor accounts and their users: sign-in, password hashes, and the account every request is scoped to.
 */
@NullMarked
package com.qbobridge.imports.accounts;

import org.jspecify.annotations.NullMarked;
