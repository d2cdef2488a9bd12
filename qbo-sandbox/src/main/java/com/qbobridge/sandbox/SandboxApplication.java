package com.qbobridge.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts qbo-sandbox: A faithful QuickBooks Online stand-in: OAuth 2.0, the Accounting API, its limits and faults.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

	public static void main(String[] args) {
		SpringApplication.run(SandboxApplication.class, args);
	}

}
