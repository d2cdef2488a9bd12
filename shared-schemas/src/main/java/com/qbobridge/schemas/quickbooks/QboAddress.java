package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QuickBooks' {@code PhysicalAddress} as it is sent, free text included: {@code Country} is whatever the user typed
 * ({@code USA}, {@code United States}, blank...), normalising it is mapping's job.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboAddress(@Nullable String line1, @Nullable String line2, @Nullable String line3,
		@Nullable String line4, @Nullable String line5, @Nullable String city,
		@Nullable String countrySubDivisionCode, @Nullable String postalCode, @Nullable String country) {

}
