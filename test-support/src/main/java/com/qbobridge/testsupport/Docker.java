package com.qbobridge.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Whether tests can use containers: a Docker engine answers and {@code TESTS_USE_DOCKER} is not {@code false}.
 */
final class Docker {

	private static volatile Boolean available;

	private Docker() {
	}

	static boolean isAvailable() {
		Boolean result = available;
		if (result == null) {
			result = !"false".equalsIgnoreCase(System.getenv("TESTS_USE_DOCKER")) && probe();
			available = result;
		}
		return result;
	}

	private static boolean probe() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
