package com.qbobridge.imports.connections;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How connector-service completed a connect flow: the new connection, or the error code the Integrations page
 * explains.
 *
 * @param connectionId the connection, when connected
 * @param error the error code, when not
 */
public record ConnectCompletion(@Nullable UUID connectionId, @Nullable String error) {

}
