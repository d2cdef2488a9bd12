/**
 * The services of the product as child JVMs: their ports, environment, secrets and health.
 */
@NullMarked
package com.qbobridge.localstack.services;

import org.jspecify.annotations.NullMarked;
