package com.qbobridge.imports.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer qbo_pat_...} requests with a personal API token. A bearer header that is
 * not an active token ends the request with a 401: it never falls back to the session, since such requests skip the
 * CSRF check ({@link #BEARER_TOKEN}).
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

	/** Requests that present a personal API token: the only ones that skip the CSRF check. */
	static final RequestMatcher BEARER_TOKEN = (request) -> tokenOf(request).isPresent();

	private final ApiTokens tokens;

	private final AccountUsers users;

	private final AuthenticationEntryPoint entryPoint;

	ApiTokenAuthentication(ApiTokens tokens, AccountUsers users, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> username = tokenOf(request).flatMap(this.tokens::userOf);
		UserDetails user = null;
		try {
			user = username.map(this.users::loadUserByUsername).orElse(null);
		}
		catch (UsernameNotFoundException ex) {
			user = null;
		}
		if (user == null) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Optional<String> tokenOf(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		String token = header.substring(7).strip();
		return ApiTokens.looksLikeToken(token) ? Optional.of(token) : Optional.empty();
	}

}
