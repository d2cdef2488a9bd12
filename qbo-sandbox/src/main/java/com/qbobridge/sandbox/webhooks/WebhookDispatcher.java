package com.qbobridge.sandbox.webhooks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends change notifications to the app's webhook endpoint as Intuit does: changes are collected for a short window
 * and sent together, signed; a receiver that does not answer 200 within the timeout gets the same notification
 * again, with a growing pause, up to a limit. Delivery runs on its own thread, never in the request that made the
 * change.
 */
@Component
public class WebhookDispatcher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http;

	private final ScheduledExecutorService executor;

	private final AtomicReference<Optional<WebhookSubscription>> subscription = new AtomicReference<>(Optional.empty());

	private final ConcurrentLinkedQueue<EntityChange> pending = new ConcurrentLinkedQueue<>();

	private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();

	WebhookDispatcher(WebhookProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "sandbox-webhooks");
			thread.setDaemon(true);
			return thread;
		});
		this.subscription.set(properties.configuredSubscription());
		long window = properties.batchWindow().toMillis();
		this.executor.scheduleWithFixedDelay(this::flush, window, window, TimeUnit.MILLISECONDS);
	}

	/** Configures the app's endpoint; notifications go there from now on. */
	public void subscribe(WebhookSubscription subscription) {
		this.subscription.set(Optional.of(subscription));
	}

	public void unsubscribe() {
		this.subscription.set(Optional.empty());
		this.pending.clear();
	}

	public Optional<WebhookSubscription> subscription() {
		return this.subscription.get();
	}

	/** Queues a change for the next notification; nothing happens when no endpoint is configured. */
	public void changed(EntityChange change) {
		if (this.subscription.get().isPresent()) {
			this.pending.add(change);
		}
	}

	public List<WebhookDelivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	public void clearDeliveries() {
		this.deliveries.clear();
	}

	private void flush() {
		List<EntityChange> batch = new ArrayList<>();
		for (EntityChange change; (change = this.pending.poll()) != null;) {
			batch.add(change);
		}
		Optional<WebhookSubscription> target = this.subscription.get();
		if (batch.isEmpty() || target.isEmpty()) {
			return;
		}
		WebhookSubscription endpoint = target.get();
		byte[] body = WebhookPayloads.body(this.json, endpoint.format(), batch);
		deliver(endpoint, UUID.randomUUID().toString(), body, batch.size(), 1);
	}

	private void deliver(WebhookSubscription endpoint, String notificationId, byte[] body, int entities, int attempt) {
		int status = send(endpoint, body);
		this.deliveries.add(new WebhookDelivery(notificationId, attempt, endpoint.url().toString(), endpoint.format(),
				entities, status, this.clock.instant()));
		if (status == 200 || attempt >= this.properties.maxAttempts()) {
			if (status != 200) {
				logger.warn("Webhook notification {} to {} given up after {} attempts", notificationId, endpoint.url(),
						attempt);
			}
			return;
		}
		Duration pause = this.properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 16));
		this.executor.schedule(() -> deliver(endpoint, notificationId, body, entities, attempt + 1), pause.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private int send(WebhookSubscription endpoint, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(endpoint.url())
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("intuit-signature", WebhookPayloads.signature(body, endpoint.verifierToken()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
