package com.qbobridge.sandbox.accounting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Intuit's EmailAddress wrapper ({@code {"Address":"..."}}), used by {@code BillEmail} and {@code PrimaryEmailAddr}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailAddress(@JsonProperty("Address") String address) {

}
