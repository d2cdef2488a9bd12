package com.qbobridge.imports;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts import-service: serves the creditor's pages and API and runs bulk imports.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ImportsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImportsApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
