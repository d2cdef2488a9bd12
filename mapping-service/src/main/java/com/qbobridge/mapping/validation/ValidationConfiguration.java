package com.qbobridge.mapping.validation;

import java.time.Clock;

import com.qbobridge.rules.CaseDraftValidator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the shared case rules with this service's settings; "today" for due dates is UTC.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MappingRulesProperties.class)
class ValidationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CaseDraftValidator caseDraftValidator(MappingRulesProperties properties, Clock clock) {
		return new CaseDraftValidator(properties.toSettings(), clock);
	}

}
