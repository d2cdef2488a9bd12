/**
 * The rules a case draft must pass before it can become a collection case, in one place so that mapping, the review
 * page and case creation apply exactly the same ones.
 */
@NullMarked
package com.qbobridge.rules;

import org.jspecify.annotations.NullMarked;
