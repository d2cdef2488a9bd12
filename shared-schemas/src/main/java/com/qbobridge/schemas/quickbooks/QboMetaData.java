package com.qbobridge.schemas.quickbooks;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QuickBooks' {@code ModificationMetaData}: when an entity was created and last changed.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboMetaData(@Nullable OffsetDateTime createTime, @Nullable OffsetDateTime lastUpdatedTime) {

}
