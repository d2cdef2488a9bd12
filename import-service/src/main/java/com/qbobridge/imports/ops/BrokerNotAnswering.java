package com.qbobridge.imports.ops;

import java.time.Duration;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The Kafka broker did not answer the lag report's calls in time, so there are no numbers to show.
 */
public class BrokerNotAnswering extends ProductProblem {

	BrokerNotAnswering(Duration timeout, Throwable cause) {
		this("The Kafka broker did not answer within " + timeout.toMillis() + " ms", cause);
	}

	private BrokerNotAnswering(String message, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Kafka unavailable", message,
				message + ". Try again in a moment.", cause);
	}

}
