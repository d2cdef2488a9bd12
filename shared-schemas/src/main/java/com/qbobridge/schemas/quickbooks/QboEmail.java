package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QuickBooks' {@code EmailAddress}, e.g. {@code BillEmail} or {@code PrimaryEmailAddr}.
 *
 * @param address the address as typed in QuickBooks, not validated
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboEmail(@Nullable String address) {

}
