package com.qbobridge.imports.jobs;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long import data is kept and how long a progress stream stays open.
 *
 * @param draftRetention drafts not approved within this time are deleted
 * @param purgeInterval how often expired drafts are looked for
 * @param progressStreamTimeout how long one progress stream stays open before the browser reconnects
 */
@ConfigurationProperties("pipeline.imports")
@Validated
public record ImportsProperties(@NotNull Duration draftRetention, @NotNull Duration purgeInterval,
		@NotNull Duration progressStreamTimeout) {

}
