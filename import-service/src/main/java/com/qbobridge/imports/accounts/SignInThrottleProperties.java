package com.qbobridge.imports.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sign-in (form and HTTP Basic) slows down guessing: after a number of failures a user name, or a client address,
 * is locked out for a time that doubles with each further failure, up to a longest lock-out.
 *
 * @param failuresPerUser failures of one user name before it is locked out
 * @param failuresPerAddress failures from one client address, over all user names, before it is locked out
 * @param firstLockout the first lock-out; each further failure doubles it
 * @param longestLockout the longest lock-out
 */
@ConfigurationProperties("pipeline.imports.sign-in")
@Validated
public record SignInThrottleProperties(@DefaultValue("5") @Min(1) int failuresPerUser,
		@DefaultValue("30") @Min(1) int failuresPerAddress, @DefaultValue("2s") @NotNull Duration firstLockout,
		@DefaultValue("15m") @NotNull Duration longestLockout) {

}
