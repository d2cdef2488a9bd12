/**
 * The Accounting API endpoints under /v3/company/{realmId}.
 */
@NullMarked
package com.qbobridge.sandbox.accounting.web;

import org.jspecify.annotations.NullMarked;
