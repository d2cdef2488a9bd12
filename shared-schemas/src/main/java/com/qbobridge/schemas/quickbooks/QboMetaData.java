package com.qbobridge.schemas.quickbooks;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QuickBooks' {@code ModificationMetaData}: when an entity was created and last changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboMetaData(@Nullable OffsetDateTime createTime, @Nullable OffsetDateTime lastUpdatedTime) {

}
