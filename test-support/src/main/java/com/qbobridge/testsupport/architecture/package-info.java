/**
 * Architecture rules every service checks in its own ArchUnit tests.
 */
@NullMarked
package com.qbobridge.testsupport.architecture;

import org.jspecify.annotations.NullMarked;
