package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QuickBooks' {@code TelephoneNumber}, e.g. {@code PrimaryPhone} or {@code Mobile}.
 *
 * @param freeFormNumber the number in whatever local format the user typed it
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboPhone(@Nullable String freeFormNumber) {

}
