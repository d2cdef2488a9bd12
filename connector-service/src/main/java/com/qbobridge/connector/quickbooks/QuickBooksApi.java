package com.qbobridge.connector.quickbooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The Accounting API over HTTP: one GET per call, guarded per realm by {@link QuickBooksResilience}. Reads Intuit's
 * error bodies into {@link QuickBooksCallFailed} and logs Intuit's {@code intuit_tid} with every failed call; never
 * logs the access token.
 */
public class QuickBooksApi {

	private static final Logger logger = LoggerFactory.getLogger(QuickBooksApi.class);

	/** The response header carrying Intuit's transaction id. */
	public static final String INTUIT_TID = "intuit_tid";

	private final RestClient http;

	private final QuickBooksApiProperties properties;

	private final QuickBooksResilience resilience;

	/** The API base URL without a trailing slash, the literal start of every URI template. */
	private final String baseUrl;

	public QuickBooksApi(RestClient http, QuickBooksApiProperties properties, QuickBooksResilience resilience) {
		this.http = http;
		this.properties = properties;
		this.resilience = resilience;
		this.baseUrl = properties.apiBaseUrl().toString().replaceAll("/+$", "");
	}

	/**
	 * Runs a query ({@code select ... from Invoice where ...}).
	 * @param realmId the company
	 * @param query the query, in Intuit's query language
	 * @param accessToken a valid access token for the company
	 * @return the {@code QueryResponse} object
	 */
	public JsonNode query(String realmId, String query, String accessToken) {
		Assert.hasText(query, "query must not be empty");
		JsonNode body = get(realmId, "query", query, accessToken);
		JsonNode response = body.get("QueryResponse");
		if (response == null) {
			throw new QuickBooksCallFailed(realmId, 200, IntuitFaults.fromJson(body), null, null);
		}
		return response;
	}

	/**
	 * Runs a query for invoices and reads them straight into records: a page's line items and every other field no
	 * case needs are skipped while the answer is parsed, instead of being built into a tree first (a page of 1,000
	 * invoices as a tree is tens of megabytes, and an import has up to ten pages in flight in a 256 MB heap). An
	 * answer without {@code QueryResponse}, or with a {@code Fault}, is read as {@link #query} reads it.
	 * @param realmId the company
	 * @param query a {@code select * from Invoice ...} query
	 * @param accessToken a valid access token for the company
	 * @return the invoices of the answer, in its order; empty when it has none
	 */
	public List<QboInvoice> queryInvoices(String realmId, String query, String accessToken) {
		Assert.hasText(query, "query must not be empty");
		return get(realmId, "query", query, accessToken, (body, asTree) -> {
			InvoiceAnswer answer = EventJson.mapper().readValue(body, InvoiceAnswer.class);
			if (answer.fault() != null || answer.queryResponse() == null) {
				ObjectNode root = EventJson.mapper().createObjectNode();
				if (answer.fault() != null) {
					root.set("Fault", answer.fault());
				}
				return asTree.apply(root);
			}
			List<QboInvoice> invoices = answer.queryResponse().invoices();
			return (invoices != null) ? invoices : List.of();
		}, (json) -> {
			throw new QuickBooksCallFailed(realmId, 200, IntuitFaults.fromJson(json), null, null);
		});
	}

	/**
	 * Change data capture: the invoices changed at or after {@code changedSince}, deleted ones as
	 * {@code status: Deleted} stubs; Intuit answers at most 1,000 objects and 30 days back.
	 * @param realmId the company
	 * @param changedSince where to start
	 * @param accessToken a valid access token for the company
	 * @return the {@code Invoice} array of the answer, empty when nothing changed
	 */
	public JsonNode changedInvoices(String realmId, OffsetDateTime changedSince, String accessToken) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("realmId", realmId);
		variables.put("minorversion", this.properties.minorVersion());
		variables.put("changedSince", changedSince.toString());
		String template = this.baseUrl
				+ "/v3/company/{realmId}/cdc?entities=Invoice&changedSince={changedSince}&minorversion={minorversion}";
		JsonNode body = this.resilience.call(realmId, () -> send(realmId, template, variables, "cdc", accessToken));
		JsonNode response = body.get("CDCResponse");
		if (response == null) {
			throw new QuickBooksCallFailed(realmId, 200, IntuitFaults.fromJson(body), null, null);
		}
		return response.path(0).path("QueryResponse").path(0).path("Invoice");
	}

	/**
	 * Reads the {@code CompanyInfo} of a company.
	 * @param realmId the company
	 * @param accessToken a valid access token for it
	 * @return the {@code CompanyInfo} object
	 */
	public JsonNode companyInfo(String realmId, String accessToken) {
		return entity(get(realmId, "companyinfo/{realmId}", null, accessToken), "CompanyInfo", realmId);
	}

	/**
	 * Reads the {@code Preferences} of a company (home currency, multicurrency).
	 * @param realmId the company
	 * @param accessToken a valid access token for it
	 * @return the {@code Preferences} object
	 */
	public JsonNode preferences(String realmId, String accessToken) {
		return entity(get(realmId, "preferences", null, accessToken), "Preferences", realmId);
	}

	private JsonNode entity(JsonNode body, String name, String realmId) {
		JsonNode entity = body.get(name);
		if (entity == null) {
			throw new QuickBooksCallFailed(realmId, 200, IntuitFaults.fromJson(body), null, null);
		}
		return entity;
	}

	/**
	 * Calls {@code <api-base-url>/v3/company/{realmId}/<path>} through a URI template, so the HTTP client metrics
	 * carry the template ({@code uri} tag) and not one series per realm and query.
	 */
	private JsonNode get(String realmId, String path, @Nullable String query, String accessToken) {
		return get(realmId, path, query, accessToken, AnswerReader.tree(), (json) -> json);
	}

	/**
	 * Like {@link #get(String, String, String, String)}, with a reading of a successful answer of its own:
	 * {@code typed} reads the body as it streams in, and hands what is not what it reads on as a tree (faults
	 * included), which a fault fails and anything else gives to {@code fromTree}.
	 */
	private <T> T get(String realmId, String path, @Nullable String query, String accessToken,
			AnswerReader<T> typed, Function<JsonNode, T> fromTree) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("realmId", realmId);
		variables.put("minorversion", this.properties.minorVersion());
		StringBuilder template = new StringBuilder(this.baseUrl).append("/v3/company/{realmId}/").append(path);
		if (query != null) {
			template.append("?query={query}&minorversion={minorversion}");
			variables.put("query", query);
		}
		else {
			template.append("?minorversion={minorversion}");
		}
		String operation = (query != null) ? "query" : path.replace("/{realmId}", "");
		return this.resilience.call(realmId,
				() -> send(realmId, template.toString(), variables, operation, accessToken, typed, fromTree));
	}

	private JsonNode send(String realmId, String uriTemplate, Map<String, Object> variables, String operation,
			String accessToken) {
		return send(realmId, uriTemplate, variables, operation, accessToken, AnswerReader.tree(), (json) -> json);
	}

	private <T> T send(String realmId, String uriTemplate, Map<String, Object> variables, String operation,
			String accessToken, AnswerReader<T> typed, Function<JsonNode, T> fromTree) {
		try {
			return this.http.get()
				.uri(uriTemplate, variables)
				.accept(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					String tid = response.getHeaders().getFirst(INTUIT_TID);
					if (status >= 200 && status < 300) {
						Function<JsonNode, T> asTree = (json) -> {
							IntuitFault fault = IntuitFaults.fromJson(json);
							if (fault.errors().isEmpty() && (fault.type() == null)) {
								return fromTree.apply(json);
							}
							throw failed(realmId, operation, 200, fault, tid, null);
						};
						try {
							// Parsed as it streams in: a page of invoices is never held whole as bytes or text. The
							// parser stops at the answer's last brace and would close the body there; the rest (a
							// line end, the last chunk) is read too, so that the connection is kept for the next call.
							InputStream body = response.getBody();
							T read = typed.read(StreamUtils.nonClosing(body), asTree);
							StreamUtils.drain(body);
							return read;
						}
						catch (JacksonIOException ex) {
							// The connection failed mid-answer: an I/O error like any other, retried as one.
							throw ex.getCause();
						}
					}
					String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
					throw failed(realmId, operation, status, IntuitFaults.read(body), tid, null);
				});
		}
		catch (ResourceAccessException ex) {
			throw failed(realmId, operation, 0, IntuitFault.NONE, null, ex);
		}
	}

	private static QuickBooksCallFailed failed(String realmId, String operation, int status, IntuitFault fault,
			@Nullable String tid, @Nullable Throwable cause) {
		QuickBooksCallFailed failure = new QuickBooksCallFailed(realmId, status, fault, tid, cause);
		if (status == 0) {
			logger.warn("QuickBooks {} for realm {} got no answer: {}", operation, realmId,
					(cause != null) ? cause.getMessage() : "unknown");
		}
		else {
			logger.warn("QuickBooks {} for realm {} failed with HTTP {}: {} intuit_tid={}", operation, realmId, status,
					fault.summary(), tid);
		}
		return failure;
	}

	/**
	 * Reads a successful answer from its body.
	 * @param <T> what it reads
	 */
	@FunctionalInterface
	private interface AnswerReader<T> {

		/**
		 * Reads the body.
		 * @param body the answer's body, as it arrives
		 * @param asTree what to make of an answer that is not what this reads (a fault, say): given it as a tree
		 * @return what was read
		 */
		T read(InputStream body, Function<JsonNode, T> asTree) throws IOException;

		/** The whole answer as a tree. */
		static <T> AnswerReader<T> tree() {
			return (body, asTree) -> asTree.apply(EventJson.mapper().readTree(body));
		}

	}

	/** What {@link #queryInvoices} reads of an answer; everything else is skipped by the parser. */
	record InvoiceAnswer(@JsonProperty("QueryResponse") @Nullable InvoiceList queryResponse,
			@JsonProperty("Fault") @JsonAlias("fault") @Nullable JsonNode fault) {
	}

	record InvoiceList(@JsonProperty("Invoice") @Nullable List<QboInvoice> invoices) {
	}

}
