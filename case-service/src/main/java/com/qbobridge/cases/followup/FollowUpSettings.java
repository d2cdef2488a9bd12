package com.qbobridge.cases.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whether this instance follows invoice changes ({@code connector.invoice-changed}); how failures are retried is the
 * backbone's setting ({@code pipeline.messaging.consumer.*}).
 *
 * @param enabled whether the invoice-change listener starts with the application
 */
@ConfigurationProperties("pipeline.cases.follow-up")
@Validated
public record FollowUpSettings(@DefaultValue("true") boolean enabled) {

}
