package com.qbobridge.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts this test run's service-token keys ({@link ServiceTokens#keys()}) into every Spring test context as
 * {@value ServiceTokens#SIGNING_KEY_PROPERTY} and {@value ServiceTokens#JWK_SET_PROPERTY}, so that a test's
 * configuration can point {@code pipeline.service-tokens.*} at them; nothing else is set.
 */
class ServiceTokenTestKeys implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("testServiceTokenKeys",
					Map.of(ServiceTokens.SIGNING_KEY_PROPERTY, ServiceTokens.keys().signingKey(),
							ServiceTokens.JWK_SET_PROPERTY, ServiceTokens.keys().jwkSet())));
	}

}
