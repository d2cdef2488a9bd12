package com.qbobridge.sandbox.common;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds Intuit's {@code intuit_tid} transaction id header to every response, as clients log it for support cases.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IntuitTransactionIdFilter extends OncePerRequestFilter {

	/** The header Intuit sends on every response. */
	public static final String HEADER = "intuit_tid";

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, newTransactionId());
		chain.doFilter(request, response);
	}

	private String newTransactionId() {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		return "1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + HexFormat.of().formatHex(bytes);
	}

}
