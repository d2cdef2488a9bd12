package com.qbobridge.messaging.consuming;

/**
 * Marks an exception whose cause goes away by itself (a remote service that does not answer yet): a record failing
 * with it is retried, backing off, for as long as it takes.
 */
public interface TransientFailure {

}
