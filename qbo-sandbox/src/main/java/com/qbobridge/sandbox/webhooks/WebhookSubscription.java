package com.qbobridge.sandbox.webhooks;

import java.net.URI;
import java.util.Objects;

/**
 * An app's webhook endpoint, as configured on Intuit's developer portal: where to send, the verifier token that
 * signs every notification, and the payload format.
 *
 * @param url the receiver
 * @param verifierToken the HMAC key of the {@code intuit-signature} header
 * @param format the payload shape
 */
public record WebhookSubscription(URI url, String verifierToken, PayloadFormat format) {

	public WebhookSubscription {
		Objects.requireNonNull(url, "url must not be null");
		Objects.requireNonNull(verifierToken, "verifierToken must not be null");
		Objects.requireNonNull(format, "format must not be null");
	}

	@Override
	public String toString() {
		return "WebhookSubscription[" + this.url + ", " + this.format + "]";
	}

}
