package com.qbobridge.rules.config;

import java.time.Clock;

import com.qbobridge.rules.CaseDraftValidator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service the one {@link CaseDraftValidator}, built from {@code pipeline.rules} ({@link RulesProperties}),
 * so that no service configures the rules its own way; "today" for due dates comes from the application's
 * {@link Clock}, UTC when it has none.
 */
@AutoConfiguration
@EnableConfigurationProperties(RulesProperties.class)
public class RulesAutoConfiguration {

	/**
	 * The clock of services that do not define one.
	 * @return the system clock in UTC
	 */
	@Bean
	@ConditionalOnMissingBean
	public Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The shared rules with this deployment's settings.
	 * @param properties {@code pipeline.rules}
	 * @param clock decides what "today" is
	 * @return the validator
	 */
	@Bean
	@ConditionalOnMissingBean
	public CaseDraftValidator caseDraftValidator(RulesProperties properties, Clock clock) {
		return new CaseDraftValidator(properties.toSettings(), clock);
	}

}
