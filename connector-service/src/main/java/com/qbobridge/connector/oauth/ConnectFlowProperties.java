package com.qbobridge.connector.oauth;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the creditor's browser goes once the connect flow is over.
 *
 * @param integrationsPageUrl import-service's integrations page; {@code ?connected=<id>} or {@code ?error=<code>} is
 * appended
 */
@Validated
@ConfigurationProperties("pipeline.connector")
public record ConnectFlowProperties(@NotNull URI integrationsPageUrl) {

}
