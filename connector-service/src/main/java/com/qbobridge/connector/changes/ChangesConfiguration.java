package com.qbobridge.connector.changes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Switches on the following of invoices behind cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangesProperties.class)
class ChangesConfiguration {

}
