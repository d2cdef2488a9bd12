/**
 * Child processes and the ports they need: started with a log file, stopped with every descendant.
 */
@NullMarked
package com.qbobridge.localstack.process;

import org.jspecify.annotations.NullMarked;
