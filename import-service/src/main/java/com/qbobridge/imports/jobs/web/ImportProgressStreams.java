package com.qbobridge.imports.jobs.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.jobs.ImportsProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of imports as Server-Sent Events: each open page gets the import's state at once and again after
 * every committed change, until the import stops running.
 */
@Component
class ImportProgressStreams implements SmartLifecycle {

	/** The SSE event name carrying an {@link ImportView}. */
	static final String EVENT = "progress";

	private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

	private final ImportJobLifecycle imports;

	private final ImportsProperties properties;

	private volatile boolean running;

	ImportProgressStreams(ImportJobLifecycle imports, ImportsProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	/**
	 * Opens a stream for one of the account's imports.
	 * @param caller who asks
	 * @param importId the import
	 * @return the stream, which has already sent the current state
	 */
	SseEmitter open(Caller caller, UUID importId) {
		ImportJob job = this.imports.get(caller, importId);
		SseEmitter emitter = new SseEmitter(this.properties.progressStreamTimeout().toMillis());
		Subscriber subscriber = new Subscriber(caller, emitter);
		List<Subscriber> list = this.subscribers.computeIfAbsent(importId, (id) -> new CopyOnWriteArrayList<>());
		list.add(subscriber);
		Runnable remove = () -> list.remove(subscriber);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		send(subscriber, job);
		return emitter;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ImportJobChanged changed) {
		List<Subscriber> list = this.subscribers.get(changed.importId());
		if (list == null || list.isEmpty()) {
			return;
		}
		for (Subscriber subscriber : list) {
			send(subscriber, this.imports.get(subscriber.caller(), changed.importId()));
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every open stream before the web server shuts down gracefully, which would otherwise wait for them; the
	 * browsers reconnect to another instance.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.subscribers.values().forEach((list) -> list.forEach((subscriber) -> subscriber.emitter().complete()));
		this.subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void send(Subscriber subscriber, ImportJob job) {
		try {
			subscriber.emitter()
				.send(SseEmitter.event()
					.name(EVENT)
					.id(job.importId() + ":" + job.updatedAt().toEpochMilli())
					.data(ImportView.of(job), MediaType.APPLICATION_JSON));
			if (!job.state().running() && job.state() != ImportState.READY) {
				subscriber.emitter().complete();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The browser went away; the emitter's callbacks remove the subscriber.
			subscriber.emitter().completeWithError(ex);
		}
	}

	private record Subscriber(Caller caller, SseEmitter emitter) {

	}

}
