package com.qbobridge.imports.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the user name and password (form sign-in and HTTP Basic alike) only when {@link SignInThrottle} lets the
 * user name and the client address try, and tells it how the attempt went.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Duration wait = this.throttle.waitFor(username, address);
		if (!wait.isZero()) {
			throw new LockedException("Too many failed sign-ins; try again in " + (wait.toSeconds() + 1) + " s");
		}
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			// Also thrown for unknown users (hideUserNotFoundExceptions), which are counted the same.
			this.throttle.failed(username, address);
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
