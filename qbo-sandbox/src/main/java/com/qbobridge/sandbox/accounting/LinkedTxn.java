package com.qbobridge.sandbox.accounting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A transaction linked to an invoice, such as the {@code Payment} that paid it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedTxn(@JsonProperty("TxnId") String txnId, @JsonProperty("TxnType") String txnType) {

}
