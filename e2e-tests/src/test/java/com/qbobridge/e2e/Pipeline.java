package com.qbobridge.e2e;

import com.qbobridge.testsupport.ProductProcesses;
import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The whole product ({@link ProductProcesses}), once per test JVM, and what the story tests use of it.
 */
final class Pipeline {

	static final String APP_USER = "creditor@example.com";

	static final String APP_PASSWORD = "password";

	private static volatile Pipeline instance;

	// A start that failed is not tried again in the same JVM: the services it did start run on until the JVM exits and
	// would share consumer groups with a second set, taking its records.
	private static volatile RuntimeException failedStart;

	final SandboxAdmin sandbox;

	final ServiceProcess imports;

	final ServiceProcess cases;

	final ProductProcesses product;

	private Pipeline(SandboxAdmin sandbox, ServiceProcess imports, ServiceProcess cases, ProductProcesses product) {
		this.sandbox = sandbox;
		this.imports = imports;
		this.cases = cases;
		this.product = product;
	}

	static Pipeline get() {
		Pipeline pipeline = instance;
		if (pipeline == null) {
			synchronized (Pipeline.class) {
				pipeline = instance;
				if (pipeline == null) {
					if (failedStart != null) {
						throw new IllegalStateException("The product did not start for an earlier test", failedStart);
					}
					try {
						pipeline = start();
					}
					catch (RuntimeException ex) {
						failedStart = ex;
						throw ex;
					}
					instance = pipeline;
				}
			}
		}
		return pipeline;
	}

	String importServiceUrl() {
		return this.imports.baseUrl();
	}

	private static Pipeline start() {
		ProductProcesses product = ProductProcesses.start();
		return new Pipeline(new SandboxAdmin(product.sandbox().baseUrl()), product.imports(), product.cases(),
				product);
	}

}
