package com.qbobridge.cases;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Starts case-service: creates collection cases from approved drafts, exactly once.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CasesApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasesApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
