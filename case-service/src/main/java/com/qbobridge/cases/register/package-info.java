/**
 * The case register: what a collection case is, how cases are stored, found and marked submitted.
 */
@NullMarked
package com.qbobridge.cases.register;

import org.jspecify.annotations.NullMarked;
