/**
 * Operations in the product itself: consumer lag per topic and group and dead-lettered records, read from the
 * broker, for operators without Grafana.
 */
@NullMarked
package com.qbobridge.imports.ops;

import org.jspecify.annotations.NullMarked;
