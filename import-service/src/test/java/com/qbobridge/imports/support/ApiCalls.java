package com.qbobridge.imports.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.qbobridge.imports.drafts.web.DraftPageView;
import com.qbobridge.imports.drafts.web.DraftView;
import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.report.ReportEntry;
import org.awaitility.Awaitility;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Short forms of the imports API calls the integration tests make again and again, plus waiting for a state.
 *
 * @param client the client bound to the running service
 * @param user the credentials to call with
 */
public record ApiCalls(RestTestClient client, Consumer<HttpHeaders> user) {

	public ImportView start(UUID connectionId, String dateField, String from, String to) {
		return this.client.post()
			.uri("/api/imports")
			.headers(this.user)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionId", connectionId, "dateField", dateField, "from", from, "to", to))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ImportView.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Starts an import of a new active connection of the account, for a test that plays the upstream services itself.
	 * @return the import as upstream services see it
	 */
	public Upstream startImport(String accountId, String companyName, String from, String to) {
		UUID connection = RemoteServicesStub.get().addConnection(accountId, companyName, "ACTIVE");
		return Upstream.of(accountId, connection, start(connection, "DUE_DATE", from, to).importId());
	}

	public ImportView job(UUID importId) {
		return this.client.get()
			.uri("/api/imports/{id}", importId)
			.headers(this.user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportView.class)
			.returnResult()
			.getResponseBody();
	}

	public ImportView awaitJob(UUID importId, Predicate<ImportView> condition) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> job(importId), condition);
	}

	/** {@code POST /api/imports/{id}/approvals} with a body, its answer to be checked by the caller. */
	public RestTestClient.ResponseSpec approval(UUID importId, Map<String, Object> body) {
		return this.client.post()
			.uri("/api/imports/{id}/approvals", importId)
			.headers(this.user)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	public List<DraftView> drafts(UUID importId, String query) {
		return draftPage(importId, query).content();
	}

	public DraftPageView draftPage(UUID importId, String query) {
		return this.client.get()
			.uri("/api/imports/{id}/drafts" + query, importId)
			.headers(this.user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(DraftPageView.class)
			.returnResult()
			.getResponseBody();
	}

	public List<UUID> draftIds(UUID importId, String status) {
		return Arrays.asList(this.client.get()
			.uri("/api/imports/{id}/drafts/ids?status=" + status, importId)
			.headers(this.user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(UUID[].class)
			.returnResult()
			.getResponseBody());
	}

	public List<DraftView> awaitDrafts(UUID importId, Predicate<List<DraftView>> condition) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> drafts(importId, ""), condition);
	}

	public List<ReportEntry> report(UUID importId) {
		return Arrays.asList(this.client.get()
			.uri("/api/imports/{id}/report", importId)
			.headers(this.user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ReportEntry[].class)
			.returnResult()
			.getResponseBody());
	}

	public List<ReportEntry> awaitReport(UUID importId, Predicate<List<ReportEntry>> condition) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> report(importId), condition);
	}

	public static boolean hasFate(List<ReportEntry> report, String invoiceId, String fate) {
		return report.stream().anyMatch((e) -> e.invoiceId().equals(invoiceId) && e.fate().name().equals(fate));
	}

}
