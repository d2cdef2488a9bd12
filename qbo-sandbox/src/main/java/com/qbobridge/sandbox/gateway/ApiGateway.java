package com.qbobridge.sandbox.gateway;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.faults.FaultResponses;
import com.qbobridge.sandbox.faults.FaultSettings;
import com.qbobridge.sandbox.faults.IntuitFault;
import com.qbobridge.sandbox.faults.RealmFaults;
import com.qbobridge.sandbox.limits.RealmLimits;
import com.qbobridge.sandbox.oauth.AccessCheck;
import com.qbobridge.sandbox.oauth.Grants;

/**
 * Guards {@code /v3/company/{realmId}/...} the way Intuit's gateway does: bearer token (401), token for this company
 * with the accounting scope (403), per-realm limits (429), then the realm's injected faults and latency.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiGateway extends OncePerRequestFilter {

	private static final Pattern REALM_PATH = Pattern.compile("^/v3/company/([^/]+)(/.*)?$");

	private final Grants grants;

	private final Realms realms;

	private final RealmLimits limits;

	private final FaultSettings faults;

	private final FaultResponses responses;

	ApiGateway(Grants grants, Realms realms, RealmLimits limits, FaultSettings faults, FaultResponses responses) {
		this.grants = grants;
		this.realms = realms;
		this.limits = limits;
		this.faults = faults;
		this.responses = responses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/v3/company/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = REALM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!path.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String realmId = path.group(1);
		AccessCheck access = this.grants.checkAccessToken(bearerToken(request));
		if (!access.valid()) {
			this.responses.writeGatewayJson(response, IntuitFault.authenticationFailed(switch (access.status()) {
				case EXPIRED -> "Token expired";
				case REVOKED -> "Token revoked";
				default -> "Token invalid";
			}));
			return;
		}
		if (!realmId.equals(access.realmId()) || this.realms.find(realmId).isEmpty()) {
			this.responses.writeJson(response,
					IntuitFault.authorizationFailed("The token does not grant access to company " + realmId + "."));
			return;
		}
		if (!access.hasAccountingScope()) {
			this.responses.writeJson(response,
					IntuitFault.authorizationFailed("The token lacks the com.intuit.quickbooks.accounting scope."));
			return;
		}
		RealmFaults configured = this.faults.of(realmId);
		if (configured.wrongCluster()) {
			this.responses.writeGatewayJson(response, IntuitFault.wrongCluster());
			return;
		}
		if (!this.limits.tryAdmit(realmId)) {
			write(response, IntuitFault.throttleExceeded(configured.throttleStatus()), configured.xmlErrors());
			return;
		}
		try {
			RealmFaults realmFaults = this.faults.of(realmId);
			pause(realmFaults.latencyMillis());
			if (realmFaults.monthlyAllowanceExhausted()) {
				this.limits.faultInjected(realmId);
				write(response, IntuitFault.throttleExceeded(), realmFaults.xmlErrors());
				return;
			}
			if (realmFaults.forbidden()) {
				this.responses.writeJson(response,
						IntuitFault.authorizationFailed("The user no longer has permission to access this company."));
				return;
			}
			Optional<IntuitFault> injected = this.faults.roll(realmId);
			if (injected.isPresent()) {
				this.limits.faultInjected(realmId);
				IntuitFault fault = injected.get();
				write(response, fault, realmFaults.xmlErrors());
				return;
			}
			chain.doFilter(request, response);
		}
		finally {
			this.limits.release(realmId);
		}
	}

	/** XML, when the realm's xmlErrors is on, for the answers Intuit has sent as XML: 5xx and 403 throttles. */
	private void write(HttpServletResponse response, IntuitFault fault, boolean xmlErrors) throws IOException {
		if (xmlErrors && (fault.status().is5xxServerError() || fault.status().value() == 403)) {
			this.responses.writeXml(response, fault);
		}
		else {
			this.responses.writeJson(response, fault);
		}
	}

	private static @Nullable String bearerToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return authorization.substring(7).trim();
	}

	private static void pause(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
