/**
 * Event contracts of the cases topics: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas.cases;

import org.jspecify.annotations.NullMarked;
