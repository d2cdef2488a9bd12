/**
 * The admin API that tests and the local launcher use to set up clients, users, realms, data and faults.
 */
@NullMarked
package com.qbobridge.sandbox.admin;

import org.jspecify.annotations.NullMarked;
