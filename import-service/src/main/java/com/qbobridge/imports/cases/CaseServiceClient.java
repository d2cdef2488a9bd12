package com.qbobridge.imports.cases;

import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.remote.RemoteServiceClients;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import com.qbobridge.imports.remote.RemoteServicesProperties;
import com.qbobridge.servicetokens.ServiceTokenMinter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * case-service's case API, called on the signed-in user's behalf with a service token; case-service owns the case
 * representation, so it is passed on as it comes.
 */
@Component
public class CaseServiceClient {

	private static final String SERVICE = "case-service";

	private final RestClient http;

	private final ServiceTokenMinter tokens;

	private final String audience;

	CaseServiceClient(RestClient.Builder builder, RemoteServicesProperties properties, ServiceTokenMinter tokens) {
		this.http = RemoteServiceClients.create(builder, properties.cases());
		this.audience = properties.cases().audience();
		this.tokens = tokens;
	}

	/**
	 * A page of the account's cases.
	 * @param caller the user and account, must not be null
	 * @param query case-service's query parameters ({@code status}, {@code createdFrom}, {@code createdTo},
	 * {@code page}, {@code size})
	 * @return case-service's answer
	 */
	public JsonNode cases(Caller caller, MultiValueMap<String, String> query) {
		try {
			return this.http.get()
				.uri((uri) -> uri.path("/cases").queryParams(query).build())
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.retrieve()
				.body(JsonNode.class);
		}
		catch (RestClientException ex) {
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
	}

	/**
	 * One of the account's cases.
	 * @param caller the user and account, must not be null
	 * @param caseId the case
	 * @return the case
	 * @throws CaseNotFound if the account has no such case
	 */
	public JsonNode find(Caller caller, UUID caseId) {
		try {
			return this.http.get()
				.uri("/cases/{id}", caseId)
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.retrieve()
				.body(JsonNode.class);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				throw new CaseNotFound(caseId);
			}
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
		catch (RestClientException ex) {
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
	}

	private String bearer(Caller caller) {
		return "Bearer " + this.tokens.mint(this.audience, caller.accountId(), caller.username());
	}

}
