package com.qbobridge.sandbox.accounting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Intuit's ModificationMetaData: creation and last update, at whole seconds with an offset.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetaData(
		@JsonProperty("CreateTime") @JsonFormat(pattern = PATTERN,
				without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime createTime,
		@JsonProperty("LastUpdatedTime") @JsonFormat(pattern = PATTERN,
				without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime lastUpdatedTime) {

	/** Intuit's entity timestamp format: whole seconds and an offset, as the entity was written. */
	public static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ssXXX";

	public MetaData updatedAt(OffsetDateTime time) {
		return new MetaData(this.createTime, time);
	}

}
