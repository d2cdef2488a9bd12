package com.qbobridge.sandbox.webhooks;

/**
 * The two payload shapes Intuit sends: the legacy {@code eventNotifications} object and the CloudEvents array it is
 * moving apps to.
 */
public enum PayloadFormat {

	LEGACY, CLOUD_EVENTS

}
