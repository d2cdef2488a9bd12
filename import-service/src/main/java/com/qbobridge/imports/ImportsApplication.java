package com.qbobridge.imports;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts import-service: Serves the creditor's pages and API and runs bulk imports.
 */
@SpringBootApplication
public class ImportsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImportsApplication.class, args);
	}

}
