package com.qbobridge.messaging.outbox;

import java.util.UUID;

import com.qbobridge.messaging.publishing.EventPublisher.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * One event waiting in the outbox, exactly as it will be published.
 *
 * @param id the outbox row; ids order publication
 * @param event the stored event
 * @param aggregateId the entity the event is about, if any
 */
public record OutboxMessage(long id, StoredEvent event, @Nullable UUID aggregateId) {

}
