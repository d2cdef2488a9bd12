/**
 * The local PostgreSQL server (embedded or external) and the databases the services own.
 */
@NullMarked
package com.qbobridge.localstack.postgres;

import org.jspecify.annotations.NullMarked;
