package com.qbobridge.imports.ops;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the Operations page waits for the broker, so that a broker outage never holds a page for long.
 *
 * @param brokerTimeout the most time all of one lag report's broker calls may take together
 */
@ConfigurationProperties("pipeline.imports.ops")
@Validated
public record OpsProperties(@NotNull @DefaultValue("3s") Duration brokerTimeout) {

}
