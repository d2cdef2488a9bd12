package com.qbobridge.sandbox.faults;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fault settings every realm starts with.
 *
 * @param xmlErrors whether injected 500/503 faults answer in XML although JSON was asked for, as Intuit sometimes
 * does
 */
@Validated
@ConfigurationProperties("sandbox.faults")
public record FaultProperties(@DefaultValue("false") boolean xmlErrors) {

}
