package com.qbobridge.sandbox.accounting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Intuit's ReferenceType ({@code {"value":"24","name":"Sonnenschein Family Store"}}), used for customers and currencies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ref(@JsonProperty("value") String value, @JsonProperty("name") @Nullable String name) {

}
