package com.qbobridge.sandbox.admin;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.admin.AdminRequests.ClientRequest;
import com.qbobridge.sandbox.admin.AdminRequests.FaultsRequest;
import com.qbobridge.sandbox.admin.AdminRequests.PaymentRequest;
import com.qbobridge.sandbox.admin.AdminRequests.RealmRequest;
import com.qbobridge.sandbox.admin.AdminRequests.UserRequest;
import com.qbobridge.sandbox.common.IntuitTime;
import com.qbobridge.sandbox.data.Dataset;
import com.qbobridge.sandbox.data.DatasetSpec;
import com.qbobridge.sandbox.data.EntityFiles;
import com.qbobridge.sandbox.data.RealmSetup;
import com.qbobridge.sandbox.faults.FaultSettings;
import com.qbobridge.sandbox.faults.RealmFaults;
import com.qbobridge.sandbox.limits.RealmLimits;
import com.qbobridge.sandbox.limits.UsageStats;
import com.qbobridge.sandbox.oauth.ClientApp;
import com.qbobridge.sandbox.oauth.ClientApps;
import com.qbobridge.sandbox.oauth.Grants;
import com.qbobridge.sandbox.oauth.SandboxUser;
import com.qbobridge.sandbox.oauth.SandboxUsers;
import com.qbobridge.sandbox.webhooks.EntityChange;
import com.qbobridge.sandbox.webhooks.WebhookDispatcher;

/**
 * The admin API (no authentication, local use only): set up apps, users and companies, load exact data, change
 * invoices, inject faults and read what the API saw.
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

	private final SecureRandom random = new SecureRandom();

	private final ClientApps clients;

	private final SandboxUsers users;

	private final Realms realms;

	private final RealmSetup setup;

	private final EntityFiles files;

	private final FaultSettings faults;

	private final RealmLimits limits;

	private final Grants grants;

	private final Clock clock;

	private final WebhookDispatcher webhooks;

	AdminController(ClientApps clients, SandboxUsers users, Realms realms, RealmSetup setup, EntityFiles files,
			FaultSettings faults, RealmLimits limits, Grants grants, Clock clock, WebhookDispatcher webhooks) {
		this.clients = clients;
		this.users = users;
		this.realms = realms;
		this.setup = setup;
		this.files = files;
		this.faults = faults;
		this.limits = limits;
		this.grants = grants;
		this.clock = clock;
		this.webhooks = webhooks;
	}

	@PostMapping("/clients")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> putClient(@Valid @RequestBody ClientRequest request) {
		ClientApp app = new ClientApp(request.clientId(), request.clientSecret(), request.redirectUris());
		this.clients.put(app);
		return Map.of("clientId", app.clientId(), "redirectUris", app.redirectUris());
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> putUser(@Valid @RequestBody UserRequest request) {
		SandboxUser user = new SandboxUser(request.username(), request.password(), request.realmIds());
		this.users.put(user);
		return Map.of("username", user.username(), "realmIds", user.realmIds());
	}

	@PostMapping("/realms")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> createRealm(@Valid @RequestBody RealmRequest request) {
		String realmId = (request.realmId() != null) ? request.realmId() : newRealmId();
		int invoices = (request.invoices() != null) ? request.invoices() : 0;
		int customers = (request.customers() != null) ? request.customers() : ((invoices > 0) ? Math.max(1, invoices / 50) : 0);
		DatasetSpec spec = new DatasetSpec(
				(request.companyName() != null) ? request.companyName() : "Sandbox Company " + realmId,
				(request.country() != null) ? request.country() : "US",
				(request.homeCurrency() != null) ? request.homeCurrency() : "USD",
				Boolean.TRUE.equals(request.multiCurrencyEnabled()), (request.seed() != null) ? request.seed() : 42L,
				customers, invoices, request.asOf());
		return summary(this.setup.create(realmId, spec));
	}

	@GetMapping("/realms")
	List<Map<String, Object>> realms() {
		return this.realms.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Realm::realmId))
			.map(this::summary)
			.toList();
	}

	@PostMapping(path = "/realms/{realmId}/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> loadEntities(@PathVariable String realmId, @RequestBody JsonNode body,
			@RequestParam(defaultValue = "true") boolean intuitLimits) {
		Realm realm = this.realms.require(realmId);
		Dataset dataset = this.files.read(body);
		if (intuitLimits) {
			this.setup.load(realm, dataset);
		}
		else {
			this.setup.plant(realm, dataset);
		}
		return Map.of("Customer", dataset.customers().size(), "Invoice", dataset.invoices().size());
	}

	@GetMapping("/realms/{realmId}/invoices")
	Collection<Invoice> invoices(@PathVariable String realmId) {
		return this.realms.require(realmId).invoices().values();
	}

	@GetMapping("/realms/{realmId}/customers")
	List<Customer> customers(@PathVariable String realmId) {
		Realm realm = this.realms.require(realmId);
		return realm.customers().values().stream().map(realm::withBalance).toList();
	}

	@PostMapping(path = "/realms/{realmId}/invoices/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	Invoice pay(@PathVariable String realmId, @PathVariable String id, @Valid @RequestBody PaymentRequest request) {
		BigDecimal amount = request.amount();
		return changed(realmId, "Update",
				this.realms.require(realmId).pay(id, amount, IntuitTime.entityTime(this.clock.instant())));
	}

	@PostMapping("/realms/{realmId}/invoices/{id}/void")
	Invoice voidInvoice(@PathVariable String realmId, @PathVariable String id) {
		return changed(realmId, "Void",
				this.realms.require(realmId).voidInvoice(id, IntuitTime.entityTime(this.clock.instant())));
	}

	@DeleteMapping("/realms/{realmId}/invoices/{id}")
	ResponseEntity<Void> deleteInvoice(@PathVariable String realmId, @PathVariable String id) {
		changed(realmId, "Delete",
				this.realms.require(realmId).deleteInvoice(id, IntuitTime.entityTime(this.clock.instant())));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/realms/{realmId}/faults")
	RealmFaults faults(@PathVariable String realmId) {
		this.realms.require(realmId);
		return this.faults.of(realmId);
	}

	@PutMapping(path = "/realms/{realmId}/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
	RealmFaults putFaults(@PathVariable String realmId, @Valid @RequestBody FaultsRequest request) {
		this.realms.require(realmId);
		RealmFaults current = this.faults.of(realmId);
		Map<Integer, Double> rates = new LinkedHashMap<>();
		if (request.errorRates() != null) {
			request.errorRates().forEach((status, rate) -> {
				try {
					rates.put(Integer.valueOf(status.trim()), rate);
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("errorRates keys are HTTP statuses (429, 500, 503), not " + status);
				}
			});
		}
		RealmFaults updated = new RealmFaults(rates,
				(request.latencyMillis() != null) ? request.latencyMillis() : 0L,
				(request.xmlErrors() != null) ? request.xmlErrors() : current.xmlErrors(),
				Boolean.TRUE.equals(request.forbidden()), request.accessTokenLifetimeSeconds(),
				(request.throttleStatus() != null) ? request.throttleStatus() : 429,
				Boolean.TRUE.equals(request.wrongCluster()), Boolean.TRUE.equals(request.monthlyAllowanceExhausted()));
		this.faults.set(realmId, updated);
		return updated;
	}

	@DeleteMapping("/realms/{realmId}/faults")
	ResponseEntity<Void> clearFaults(@PathVariable String realmId) {
		this.realms.require(realmId);
		this.faults.clear(realmId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/realms/{realmId}/revoke-refresh-tokens")
	Map<String, Object> revokeRefreshTokens(@PathVariable String realmId) {
		this.realms.require(realmId);
		return Map.of("revokedGrants", this.grants.revokeRefreshTokens(realmId));
	}

	@GetMapping("/realms/{realmId}/stats")
	UsageStats stats(@PathVariable String realmId) {
		this.realms.require(realmId);
		return this.limits.stats(realmId);
	}

	@DeleteMapping("/realms/{realmId}/stats")
	ResponseEntity<Void> resetStats(@PathVariable String realmId) {
		this.realms.require(realmId);
		this.limits.resetStats(realmId);
		return ResponseEntity.noContent().build();
	}

	/** Tells the app's webhook endpoint, as Intuit does for a change made in QuickBooks. */
	private Invoice changed(String realmId, String operation, Invoice invoice) {
		this.webhooks.changed(
				new EntityChange(realmId, "Invoice", invoice.id(), operation, invoice.metaData().lastUpdatedTime()));
		return invoice;
	}

	private Map<String, Object> summary(Realm realm) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("realmId", realm.realmId());
		body.put("companyName", realm.profile().companyName());
		body.put("country", realm.profile().country());
		body.put("homeCurrency", realm.profile().homeCurrency());
		body.put("multiCurrencyEnabled", realm.profile().multiCurrencyEnabled());
		body.put("customers", realm.customers().size());
		body.put("invoices", realm.invoices().size());
		return body;
	}

	private String newRealmId() {
		// Intuit realm ids are 16 to 19 digit numbers.
		return "9341" + String.format("%012d", Math.floorMod(this.random.nextLong(), 1_000_000_000_000L));
	}

}
