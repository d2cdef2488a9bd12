package com.qbobridge.imports.jobs;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long import data is kept, how long a progress stream stays open and when a silent import counts as stalled.
 *
 * @param draftRetention drafts not approved within this time are deleted
 * @param purgeInterval how often expired drafts are looked for
 * @param progressStreamTimeout how long one progress stream stays open before the browser reconnects
 * @param stallAfter a fetching or mapping import that has not moved for this long fails as {@code STALLED}
 * @param stallSweepInterval how often stalled imports are looked for
 */
@ConfigurationProperties("pipeline.imports")
@Validated
public record ImportsProperties(@NotNull Duration draftRetention, @NotNull Duration purgeInterval,
		@NotNull Duration progressStreamTimeout, @NotNull Duration stallAfter, @NotNull Duration stallSweepInterval) {

}
