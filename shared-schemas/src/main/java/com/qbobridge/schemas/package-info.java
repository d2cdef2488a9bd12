/**
 * Event contracts: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas;

import org.jspecify.annotations.NullMarked;
