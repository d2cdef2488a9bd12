package com.qbobridge.sandbox.limits;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a realm's API saw, so a client's test can prove it stayed within Intuit's limits.
 *
 * @param requests API calls admitted within the limits
 * @param throttled API calls refused with 429 because a limit was exceeded
 * @param faultsInjected admitted calls answered with an injected fault
 * @param maxConcurrentObserved the most admitted calls in flight at once
 * @param maxRequestsInAnyMinute the most admitted calls within one window
 * @param tokenRefreshes successful refresh-token grants for the realm's connections
 */
public record UsageStats(@JsonProperty("requests") long requests, @JsonProperty("throttled") long throttled,
		@JsonProperty("faultsInjected") long faultsInjected,
		@JsonProperty("maxConcurrentObserved") long maxConcurrentObserved,
		@JsonProperty("maxRequestsInAnyMinute") long maxRequestsInAnyMinute,
		@JsonProperty("tokenRefreshes") long tokenRefreshes) {

}
