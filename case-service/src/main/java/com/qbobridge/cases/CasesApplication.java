package com.qbobridge.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts case-service: Creates collection cases from approved drafts, exactly once.
 */
@SpringBootApplication
public class CasesApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasesApplication.class, args);
	}

}
