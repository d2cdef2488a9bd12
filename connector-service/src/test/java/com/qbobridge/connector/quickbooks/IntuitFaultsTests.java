package com.qbobridge.connector.quickbooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntuitFaultsTests {

	@Test
	void readsTheUsualFaultWithItsElement() {
		IntuitFault fault = IntuitFaults.read(fixture("fault-validation.json"));

		assertThat(fault.type()).isEqualTo("ValidationFault");
		assertThat(fault.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("2500");
			assertThat(error.message()).isEqualTo("Invalid Reference Id");
			assertThat(error.detail()).startsWith("Invalid Reference Id : ");
			assertThat(error.element()).isEqualTo("CustomerRef");
		});
	}

	@Test
	void readsTheGatewaysLowerCaseFaultOf401() {
		IntuitFault fault = IntuitFaults.read(fixture("fault-authentication-401.json"));

		assertThat(fault.type()).isEqualTo("AUTHENTICATION");
		assertThat(fault.firstCode()).isEqualTo("3200");
		assertThat(fault.errors().get(0).message()).contains("AuthenticationFailed");
		assertThat(fault.errors().get(0).element()).isNull();
	}

	@Test
	void masksTokensIntuitQuotesInItsDetails() {
		IntuitFault fault = new IntuitFault("AUTHENTICATION", java.util.List.of(new IntuitError("3200",
				"message=AuthenticationFailed; errorCode=003200; statusCode=401",
				"Token expired: eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0", null)));

		assertThat(fault.summary()).doesNotContain("eyJlbmMiOiJBMTI4Q0JDLUhTMjU2")
			.contains("Token expired: [masked]")
			.contains("message=AuthenticationFailed; errorCode=003200; statusCode=401");
		assertThat(IntuitFaults.read(fixture("fault-validation.json")).summary()).doesNotContain("[masked]");
	}

	@Test
	void readsThrottlingAndRecognisesIt() {
		IntuitFault fault = IntuitFaults.read(fixture("fault-throttle-429.json"));

		assertThat(fault.firstCode()).isEqualTo("003001");
		assertThat(new QuickBooksCallFailed("1", 429, fault, "tid-1", null).throttled()).isTrue();
		assertThat(new QuickBooksCallFailed("1", 400, fault, null, null).throttled()).isTrue();
	}

	@Test
	void readsTheXmlIntuitResponse() {
		IntuitFault fault = IntuitFaults.read(fixture("fault-system-503.xml"));

		assertThat(fault.type()).isEqualTo("SystemFault");
		assertThat(fault.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("10000");
			assertThat(error.message()).startsWith("An application error");
			assertThat(error.detail()).contains("temporarily unavailable");
		});
	}

	@Test
	void readsAQueryParserFault() {
		IntuitFault fault = IntuitFaults.read(fixture("fault-query-parser.json"));

		assertThat(fault.summary()).startsWith("ValidationFault 4000 Error parsing query");
	}

	@Test
	void readsNothingFromBodiesThatAreNotIntuits() {
		assertThat(IntuitFaults.read(null)).isEqualTo(IntuitFault.NONE);
		assertThat(IntuitFaults.read("")).isEqualTo(IntuitFault.NONE);
		assertThat(IntuitFaults.read("<html><body>Bad gateway</body></html>")).isEqualTo(IntuitFault.NONE);
		assertThat(IntuitFaults.read("{\"QueryResponse\":{}}")).isEqualTo(IntuitFault.NONE);
		assertThat(IntuitFaults.read("upstream connect error")).isEqualTo(IntuitFault.NONE);
		assertThat(IntuitFaults.read("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
			.isEqualTo(IntuitFault.NONE);
	}

	@Test
	void classifiesFailuresForRetryAndCircuitBreaker() {
		TransientQuickBooksFailure retryable = new TransientQuickBooksFailure();
		QuickBooksOutage outage = new QuickBooksOutage();
		QuickBooksCallFailed throttled = new QuickBooksCallFailed("1", 429, IntuitFault.NONE, null, null);
		QuickBooksCallFailed unavailable = new QuickBooksCallFailed("1", 503, IntuitFault.NONE, null, null);
		QuickBooksCallFailed unreachable = new QuickBooksCallFailed("1", 0, IntuitFault.NONE, null, null);
		QuickBooksCallFailed badRequest = new QuickBooksCallFailed("1", 400, IntuitFault.NONE, null, null);
		QuickBooksCallFailed forbidden = new QuickBooksCallFailed("1", 403, IntuitFault.NONE, null, null);
		QuickBooksCallFailed unauthorized = new QuickBooksCallFailed("1", 401, IntuitFault.NONE, null, null);

		assertThat(retryable.test(throttled)).isTrue();
		assertThat(retryable.test(unavailable)).isTrue();
		assertThat(retryable.test(unreachable)).isTrue();
		assertThat(retryable.test(badRequest)).isFalse();
		assertThat(retryable.test(forbidden)).isFalse();
		assertThat(retryable.test(unauthorized)).isFalse();
		assertThat(retryable.test(new IllegalStateException())).isFalse();
		assertThat(outage.test(unavailable)).isTrue();
		assertThat(outage.test(unreachable)).isTrue();
		assertThat(outage.test(throttled)).isFalse();
		assertThat(outage.test(badRequest)).isFalse();
	}

	@Test
	void failureMessagesCarryTheIntuitTransactionId() {
		QuickBooksCallFailed failed = new QuickBooksCallFailed("9341", 503,
				IntuitFaults.read(fixture("fault-system-503.xml")), "1-5f2b-abc", null);

		assertThat(failed.getMessage()).contains("9341").contains("HTTP 503").contains("intuit_tid=1-5f2b-abc");
	}

	static String fixture(String name) {
		try (InputStream in = IntuitFaultsTests.class.getResourceAsStream("/intuit/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
