package com.qbobridge.imports.connections;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The account has no connection with this id (it may belong to another account, which must not be revealed).
 */
public class ConnectionNotFound extends ProductProblem {

	public ConnectionNotFound(UUID connectionId) {
		super(HttpStatus.NOT_FOUND, "connection-not-found", "Not found", "There is no connection " + connectionId);
	}

}
