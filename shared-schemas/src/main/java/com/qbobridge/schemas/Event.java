package com.qbobridge.schemas;

/**
 * What every record published on a topic has in common: the envelope that identifies, dates and correlates it.
 */
public interface Event {

	/**
	 * The envelope of this event.
	 * @return never {@code null}
	 */
	EventMetadata metadata();

}
