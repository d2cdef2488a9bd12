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
					pipeline = start();
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
