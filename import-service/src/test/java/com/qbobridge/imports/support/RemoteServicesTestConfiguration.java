package com.qbobridge.imports.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points import-service at the {@link RemoteServicesStub} that stands in for connector-service and case-service.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteServicesTestConfiguration {

	@Bean
	DynamicPropertyRegistrar remoteServicesProperties() {
		return (registry) -> {
			registry.add("pipeline.imports.remote.connector.url", () -> RemoteServicesStub.get().connectorUrl());
			registry.add("pipeline.imports.remote.cases.url", () -> RemoteServicesStub.get().casesUrl());
		};
	}

}
