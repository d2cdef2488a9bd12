package com.qbobridge.connector.sandbox;

import java.util.Map;

import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The one qbo-sandbox JVM of this test JVM, started on first use with rotation on every refresh and tight per-realm
 * limits, and shared by every test class. Each test creates its own realm, so tests never see each other's data,
 * faults or stats.
 */
public final class QboSandbox {

	/** The sandbox's limit per realm and minute in tests; the connector's test rate limiter stays under it. */
	public static final int REQUESTS_PER_MINUTE = 200;

	/** Concurrent requests per realm the sandbox admits (Intuit's limit). */
	public static final int CONCURRENT_REQUESTS = 10;

	private static volatile SandboxAdmin instance;

	private QboSandbox() {
	}

	/**
	 * The running sandbox's admin API, starting the sandbox on first call.
	 * @return the sandbox
	 */
	public static SandboxAdmin get() {
		SandboxAdmin sandbox = instance;
		if (sandbox == null) {
			synchronized (QboSandbox.class) {
				sandbox = instance;
				if (sandbox == null) {
					ServiceProcess process = ServiceProcess.start("qbo-sandbox",
							Map.of("sandbox.tokens.refresh-token-rotation-interval", "0s",
									"sandbox.limits.requests-per-minute", String.valueOf(REQUESTS_PER_MINUTE),
									"sandbox.limits.concurrent-requests", String.valueOf(CONCURRENT_REQUESTS)));
					sandbox = new SandboxAdmin(process.baseUrl());
					instance = sandbox;
				}
			}
		}
		return sandbox;
	}

}
