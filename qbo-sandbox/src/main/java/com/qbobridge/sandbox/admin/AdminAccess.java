package com.qbobridge.sandbox.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /admin/**}, which can rewrite any company's data (GH-15): with {@code sandbox.admin.token}
 * ({@code SANDBOX_ADMIN_TOKEN}) set, every call must send it as a bearer token; without one, only calls from this
 * machine (loopback) are answered, so a sandbox reachable from outside never exposes an open admin API.
 */
@Component
class AdminAccess extends OncePerRequestFilter {

	private final AdminAccessProperties properties;

	AdminAccess(AdminAccessProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.properties.tokenRequired()) {
			if (!presents(request, this.properties.token())) {
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "admin-token-required",
						"Send the sandbox's admin token as Authorization: Bearer <SANDBOX_ADMIN_TOKEN>.");
				return;
			}
		}
		else if (!loopback(request.getRemoteAddr())) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "admin-local-only",
					"The admin API answers only this machine unless SANDBOX_ADMIN_TOKEN is set.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean presents(HttpServletRequest request, String token) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		return MessageDigest.isEqual(header.substring(7).getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean loopback(String address) {
		try {
			// A literal address: no name lookup happens.
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static void refuse(HttpServletResponse response, int status, String type, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"type\":\"https://qbobridge.com/problems/" + type + "\",\"title\":\"Admin API closed\","
					+ "\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

}
