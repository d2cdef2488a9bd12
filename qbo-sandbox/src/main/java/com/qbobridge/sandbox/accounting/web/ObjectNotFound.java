package com.qbobridge.sandbox.accounting.web;

/**
 * Thrown when an API read names an entity the company does not have; Intuit answers a 610 ValidationFault.
 */
class ObjectNotFound extends RuntimeException {

	ObjectNotFound(String entity, String id) {
		super(entity + " " + id + " not found");
	}

}
