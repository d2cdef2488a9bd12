package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The item, quantity and price of one sales line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SalesItemLineDetail(@JsonProperty("ItemRef") @Nullable Ref itemRef,
		@JsonProperty("Qty") @Nullable BigDecimal qty, @JsonProperty("UnitPrice") @Nullable BigDecimal unitPrice,
		@JsonProperty("TaxCodeRef") @Nullable Ref taxCodeRef) {

}
