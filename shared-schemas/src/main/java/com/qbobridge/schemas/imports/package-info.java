/**
 * Event contracts of the imports topics: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas.imports;

import org.jspecify.annotations.NullMarked;
