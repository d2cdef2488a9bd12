package com.qbobridge.imports.ops;

import java.time.Duration;

/**
 * The Kafka broker did not answer the lag report's calls in time, so there are no numbers to show.
 */
public class BrokerNotAnswering extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BrokerNotAnswering(Duration timeout, Throwable cause) {
		super("The Kafka broker did not answer within " + timeout.toMillis() + " ms", cause);
	}

}
