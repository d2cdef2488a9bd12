package com.qbobridge.sandbox.accounting.web;

/**
 * Thrown when an API read names an entity the company does not have; Intuit answers a 610 ValidationFault.
 */
class ObjectNotFound extends RuntimeException {

	private final String entity;

	private final String id;

	ObjectNotFound(String entity, String id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	String entity() {
		return this.entity;
	}

	String id() {
		return this.id;
	}

}
