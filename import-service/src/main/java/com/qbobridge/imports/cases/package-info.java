/**
 * Read access to the collection cases case-service created for the account.
 */
@NullMarked
package com.qbobridge.imports.cases;

import org.jspecify.annotations.NullMarked;
