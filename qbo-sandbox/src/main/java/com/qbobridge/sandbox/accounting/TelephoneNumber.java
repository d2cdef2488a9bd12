package com.qbobridge.sandbox.accounting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Intuit's TelephoneNumber wrapper ({@code {"FreeFormNumber":"(415) 444-6538"}}): free text, in local formats.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TelephoneNumber(@JsonProperty("FreeFormNumber") String freeFormNumber) {

}
