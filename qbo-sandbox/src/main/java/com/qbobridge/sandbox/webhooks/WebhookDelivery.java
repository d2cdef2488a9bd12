package com.qbobridge.sandbox.webhooks;

import java.time.Instant;

/**
 * One attempt at delivering a notification, for tests and the admin API to see what the receiver was sent.
 *
 * @param notificationId the notification; retries keep it
 * @param attempt 1 for the first delivery
 * @param url the receiver
 * @param format the payload shape
 * @param entities changes in the notification
 * @param status the receiver's HTTP status, or 0 when it did not answer in time or could not be reached
 * @param at when the attempt started
 */
public record WebhookDelivery(String notificationId, int attempt, String url, PayloadFormat format, int entities,
		int status, Instant at) {

	/** Whether Intuit would count this attempt as delivered. */
	public boolean delivered() {
		return this.status == 200;
	}

}
