package com.qbobridge.sandbox.faults;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error format Intuit uses, inconsistencies included: Fault JSON, the gateway's lower-case 401, XML faults,
 * QueryParserError, 403 and 429 without Retry-After, each with an intuit_tid header.
 */
class ErrorFormatsIntegrationTests extends SandboxIntegrationTestSupport {

	@Test
	void missingEntityIsAFaultWithErrorArray() {
		String realm = createRealm(2, 3, 5);
		Connection connection = connect(realm);
		HttpResponse<String> response = api(realm, "/invoice/424242", connection.accessToken());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("intuit_tid")).isPresent();
		JsonNode fault = body(response).get("Fault");
		assertThat(fault.get("type").asString()).isEqualTo("ValidationFault");
		JsonNode error = fault.at("/Error/0");
		assertThat(error.get("Message").asString()).isEqualTo("Object Not Found");
		assertThat(error.get("Detail").asString()).startsWith("Object Not Found");
		assertThat(error.get("code").asString()).isEqualTo("610");
		assertThat(error.has("element")).isTrue();
		assertThat(body(response).has("time")).isTrue();
	}

	@Test
	void badTokenIsTheLowerCaseAuthenticationFault() {
		String realm = createRealm(1, 0, 5);
		HttpResponse<String> response = api(realm, "/companyinfo/" + realm, "not-a-token");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("intuit_tid")).isPresent();
		JsonNode body = body(response);
		assertThat(body.has("Fault")).isFalse();
		assertThat(body.at("/fault/type").asString()).isEqualTo("AUTHENTICATION");
		JsonNode error = body.at("/fault/error/0");
		assertThat(error.get("message").asString())
			.isEqualTo("message=AuthenticationFailed; errorCode=003200; statusCode=401");
		assertThat(error.get("code").asString()).isEqualTo("3200");
		assertThat(body.get("time").isNumber()).isTrue();
	}

	@Test
	void queryParserErrorsForOrAndUnsupportedSyntax() {
		String realm = createRealm(1, 1, 5);
		Connection connection = connect(realm);
		for (String query : List.of("select * from Invoice where Balance > '0' or DueDate < '2024-01-01'",
				"select * from Invoice where (Balance > '0')", "select * from Invoice group by CustomerRef",
				"select * from Invoice where Balance <> '0'")) {
			HttpResponse<String> response = query(realm, query, connection.accessToken());
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			JsonNode error = body(response).at("/Fault/Error/0");
			assertThat(body(response).at("/Fault/type").asString()).isEqualTo("ValidationFault");
			assertThat(error.get("code").asString()).as(query).isEqualTo("4000");
			assertThat(error.get("Detail").asString()).as(query).startsWith("QueryParserError: ");
		}
		HttpResponse<String> or = query(realm, "select * from Invoice where Balance > '0' or Id = '1'",
				connection.accessToken());
		assertThat(body(or).at("/Fault/Error/0/Detail").asString()).contains("<OR>");
		HttpResponse<String> notQueryable = query(realm, "select * from Invoice where BillEmail = 'x'",
				connection.accessToken());
		assertThat(body(notQueryable).at("/Fault/Error/0/code").asString()).isEqualTo("4001");
	}

	@Test
	void forbiddenRealmAnswers403() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		assertThat(putJson("/admin/realms/" + realm + "/faults", Map.of("forbidden", true)).statusCode()).isEqualTo(200);
		HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
		assertThat(response.statusCode()).isEqualTo(403);
		JsonNode error = body(response).at("/Fault/Error/0");
		assertThat(error.get("Message").asString())
			.isEqualTo("message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403");
		assertThat(error.get("code").asString()).isEqualTo("3100");
		assertThat(delete("/admin/realms/" + realm + "/faults").statusCode()).isEqualTo(204);
		assertThat(api(realm, "/preferences", connection.accessToken()).statusCode()).isEqualTo(200);
	}

	@Test
	void tokenWithoutAccountingScopeOrForAnotherCompanyAnswers403() {
		String realm = createRealm(1, 0, 5);
		String other = createRealm(1, 0, 6);
		App app = registerApp(List.of(realm));
		Map<String, String> callback = authorize(app, realm, "openid email");
		String accessToken = body(exchangeCode(app, callback.get("code"))).get("access_token").asString();
		assertThat(api(realm, "/preferences", accessToken).statusCode()).isEqualTo(403);

		Connection connection = connect(realm);
		HttpResponse<String> otherCompany = api(other, "/preferences", connection.accessToken());
		assertThat(otherCompany.statusCode()).isEqualTo(403);
		assertThat(body(otherCompany).at("/Fault/Error/0/code").asString()).isEqualTo("3100");
	}

	@Test
	void injectedServerErrorsCanComeAsXml() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults", Map.of("errorRates", Map.of("500", 1.0), "xmlErrors", true));
		HttpResponse<String> xml = api(realm, "/preferences", connection.accessToken());
		assertThat(xml.statusCode()).isEqualTo(500);
		assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		assertThat(xml.body()).contains("<IntuitResponse xmlns=\"http://schema.intuit.com/finance/v3\"",
				"<Fault type=\"SystemFault\">", "<Error code=\"10000\">");

		putJson("/admin/realms/" + realm + "/faults", Map.of("errorRates", Map.of("503", 1.0), "xmlErrors", false));
		HttpResponse<String> json503 = api(realm, "/preferences", connection.accessToken());
		assertThat(json503.statusCode()).isEqualTo(503);
		assertThat(body(json503).at("/Fault/type").asString()).isEqualTo("SystemFault");
		assertThat(body(get("/admin/realms/" + realm + "/stats")).get("faultsInjected").asLong()).isEqualTo(2);
	}

	@Test
	void injectedThrottleMatchesIntuitsAndHasNoRetryAfter() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults", Map.of("errorRates", Map.of("429", 1.0)));
		HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
		assertThat(response.headers().firstValue("intuit_tid")).isPresent();
		JsonNode error = body(response).at("/Fault/Error/0");
		assertThat(error.get("Message").asString()).isEqualTo("message=ThrottleExceeded; errorCode=003001; statusCode=429");
		assertThat(error.get("Detail").asString()).isEqualTo("The request limit was reached.");
	}

	@Test
	void invalidFaultSettingsAreProblemDetails() {
		String realm = createRealm(1, 0, 5);
		HttpResponse<String> response = putJson("/admin/realms/" + realm + "/faults",
				Map.of("errorRates", Map.of("418", 0.5)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(body(response).get("type").asString()).isEqualTo("https://qbobridge.com/problems/invalid-admin-request");
		assertThat(get("/admin/realms/nope/stats").statusCode()).isEqualTo(404);
	}

	@Test
	void throttlesCanAnswer403InXmlWithTheStatusInTheMessage() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults",
				Map.of("errorRates", Map.of("429", 1.0), "throttleStatus", 403, "xmlErrors", true));
		HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		assertThat(response.body()).contains("<Fault type=\"SERVICE\">", "<Error code=\"3001\">",
				"<Message>message=ThrottleExceeded; errorCode=003001; statusCode=403</Message>");
	}

	@Test
	void wrongClusterIsTheGateways401WithCode130() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults", Map.of("wrongCluster", true));
		HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode error = body(response).at("/fault/error/0");
		assertThat(error.get("code").asString()).isEqualTo("130");
		assertThat(error.get("detail").asString()).isEqualTo("Accessing Wrong Cluster");
		assertThat(delete("/admin/realms/" + realm + "/faults").statusCode()).isEqualTo(204);
		assertThat(api(realm, "/preferences", connection.accessToken()).statusCode()).as("the token stayed good")
			.isEqualTo(200);
	}

	@Test
	void anExhaustedMonthlyAllowanceThrottlesEveryCall() {
		String realm = createRealm(1, 0, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults", Map.of("monthlyAllowanceExhausted", true));
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
			assertThat(response.statusCode()).isEqualTo(429);
			assertThat(body(response).at("/Fault/Error/0/code").asString()).isEqualTo("3001");
		}
		assertThat(body(get("/admin/realms/" + realm + "/stats")).get("faultsInjected").asLong()).isEqualTo(3);
	}

}
