package com.qbobridge.sandbox.accounting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Intuit's PhysicalAddress as found in {@code BillAddr}; every part may be missing, as in real companies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(@JsonProperty("Id") @Nullable String id, @JsonProperty("Line1") @Nullable String line1,
		@JsonProperty("Line2") @Nullable String line2, @JsonProperty("Line3") @Nullable String line3,
		@JsonProperty("Line4") @Nullable String line4, @JsonProperty("Line5") @Nullable String line5,
		@JsonProperty("City") @Nullable String city, @JsonProperty("Country") @Nullable String country,
		@JsonProperty("CountrySubDivisionCode") @Nullable String countrySubDivisionCode,
		@JsonProperty("PostalCode") @Nullable String postalCode) {

}
