package com.qbobridge.sandbox.webhooks;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of Intuit's developer portal a test needs: the app's webhook endpoint, verifier token and payload format,
 * and what was delivered.
 */
@RestController
@RequestMapping(path = "/admin/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookAdminController {

	private final WebhookDispatcher dispatcher;

	WebhookAdminController(WebhookDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> subscribe(@Valid @RequestBody SubscriptionRequest request) {
		WebhookSubscription subscription = new WebhookSubscription(request.url(), request.verifierToken(),
				(request.format() != null) ? request.format() : PayloadFormat.LEGACY);
		this.dispatcher.subscribe(subscription);
		return Map.of("url", subscription.url().toString(), "format", subscription.format());
	}

	@DeleteMapping
	ResponseEntity<Void> unsubscribe() {
		this.dispatcher.unsubscribe();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/deliveries")
	List<WebhookDelivery> deliveries() {
		return this.dispatcher.deliveries();
	}

	@DeleteMapping("/deliveries")
	ResponseEntity<Void> clearDeliveries() {
		this.dispatcher.clearDeliveries();
		return ResponseEntity.noContent().build();
	}

	record SubscriptionRequest(@NotNull URI url, @NotBlank String verifierToken, @Nullable PayloadFormat format) {
	}

}
