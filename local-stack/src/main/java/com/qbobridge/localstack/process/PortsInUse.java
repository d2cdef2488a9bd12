package com.qbobridge.localstack.process;

import java.util.List;

/**
 * Ports the local stack needs are taken, most often by a previous run that is still up or by another local server.
 */
public class PortsInUse extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> ports;

	PortsInUse(List<String> ports) {
		super("These ports are in use: " + String.join(", ", ports) + ". Stop what listens there (a previous "
				+ "./run-local.sh, a local Kafka or PostgreSQL; `ss -ltnp` or `lsof -i :<port>` shows it) "
				+ "and try again.");
		this.ports = List.copyOf(ports);
	}

	public List<String> ports() {
		return this.ports;
	}

}
