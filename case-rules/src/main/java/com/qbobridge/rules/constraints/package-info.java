/**
 * Bean Validation constraints for requests that carry case fields, built on the rules' own limits and character
 * checks, so that an API refuses with a 400 exactly the values no case can carry before any rule runs.
 */
@NullMarked
package com.qbobridge.rules.constraints;

import org.jspecify.annotations.NullMarked;
