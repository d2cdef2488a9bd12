package com.qbobridge.cases.register.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.InvoiceChanges;
import com.qbobridge.cases.followup.InvoiceFollowUp;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.cases.register.CaseId;
import com.qbobridge.cases.register.CaseOrigin;
import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.cases.register.CollectionCases;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.servicetokens.ServiceTokenKeys;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case API over real HTTP with real service tokens and a real database: paging, filters, tenant isolation,
 * refused tokens and ProblemDetail errors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ServiceTokens.VERIFY_WITH_TEST_KEY,
				"pipeline.cases.intake.enabled=false", "pipeline.messaging.outbox.relay-enabled=false" })
@AutoConfigureRestTestClient
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
@SuppressWarnings("unchecked")
class CaseApiIntegrationTests {

	private static final String AUDIENCE = "case-service";

	private static final Instant DAY_ONE = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	RestTestClient client;

	@Autowired
	CollectionCases cases;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	InvoiceFollowUp followUp;

	Approvals approvals;

	List<CollectionCase> stored;

	@BeforeEach
	void storeCases() {
		this.approvals = Approvals.forNewAccount();
		this.stored = new ArrayList<>();
		// 25 cases, one per hour from DAY_ONE; every fifth one submitted.
		for (int n = 0; n < 25; n++) {
			Instant created = DAY_ONE.plus(Duration.ofHours(n));
			CaseStatus status = (n % 5 == 0) ? CaseStatus.SUBMITTED : CaseStatus.CREATED;
			this.stored.add(caseOf(this.approvals, n, created, status));
		}
		this.transactions.executeWithoutResult((tx) -> this.cases.insertNew(this.stored));
	}

	@Test
	void showsACaseWithItsHistoryOfInvoiceChanges() {
		CollectionCase partPaid = this.stored.get(3);
		CollectionCase untouched = this.stored.get(4);
		this.followUp.on(InvoiceChanges.of(this.approvals, partPaid, InvoiceChange.PARTIALLY_PAID, "1",
				new BigDecimal("200.50"), Instant.parse("2026-12-01T14:03:11Z")));
		String token = ServiceTokens.mint(AUDIENCE, this.approvals.accountId());

		this.client.get()
			.uri("/cases/" + partPaid.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(partPaid.id().toString())
			.jsonPath("$.creditorReference")
			.isEqualTo("INV-3")
			.jsonPath("$.amountToRecover")
			.isEqualTo(200.5)
			.jsonPath("$.quickBooksBalance")
			.isEqualTo(200.5)
			.jsonPath("$.source.syncToken")
			.isEqualTo("1")
			.jsonPath("$.history.length()")
			.isEqualTo(1)
			.jsonPath("$.history[0].change")
			.isEqualTo("AMOUNT_LOWERED")
			.jsonPath("$.history[0].previousAmount")
			.isEqualTo(1250.5)
			.jsonPath("$.history[0].detail")
			.isEqualTo("Part-paid in QuickBooks on 2026-12-01: 1250.50 USD to recover lowered to 200.50 USD");
		this.client.get()
			.uri("/cases/" + untouched.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.history.length()")
			.isEqualTo(0);
	}

	@Test
	void listsTheCallersCasesNewestFirstPageByPage() {
		String token = ServiceTokens.mint(AUDIENCE, this.approvals.accountId());
		this.client.get()
			.uri("/cases?page=0&size=10")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(25)
			.jsonPath("$.totalPages")
			.isEqualTo(3)
			.jsonPath("$.content.length()")
			.isEqualTo(10)
			.jsonPath("$.content[0].creditorReference")
			.isEqualTo("INV-24")
			.jsonPath("$.content[0].debtor.address.city")
			.isEqualTo("San Francisco")
			.jsonPath("$.content[0].source.invoiceId")
			.isEqualTo("24");
		this.client.get()
			.uri("/cases?page=2&size=10")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(2)
			.jsonPath("$.content.length()")
			.isEqualTo(5)
			.jsonPath("$.content[4].creditorReference")
			.isEqualTo("INV-0");
	}

	@Test
	void filtersByStatusAndCreationTime() {
		String token = ServiceTokens.mint(AUDIENCE, this.approvals.accountId());
		this.client.get()
			.uri("/cases?status=submitted")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(5)
			.jsonPath("$.content[*].status")
			.value((statuses) -> assertThat((List<Object>) statuses).containsOnly("SUBMITTED"));
		// Hours 2 to 5 inclusive: from is inclusive, to exclusive.
		this.client.get()
			.uri("/cases?createdFrom=2026-03-01T12:00:00Z&createdTo=2026-03-01T16:00:00Z")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(4)
			.jsonPath("$.content[*].creditorReference")
			.value((references) -> assertThat((List<Object>) references).containsExactly("INV-5", "INV-4", "INV-3",
					"INV-2"));
		// A day as createdTo includes the whole day: 2026-03-01 has hours 0 to 13 (10:00 to 23:00).
		this.client.get()
			.uri("/cases?createdFrom=2026-03-01&createdTo=2026-03-01&status=CREATED")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(11);
	}

	@Test
	void answersBadFilterValuesWithFieldMessages() {
		String token = ServiceTokens.mint(AUDIENCE, this.approvals.accountId());
		this.client.get()
			.uri("/cases?status=OPEN&createdFrom=yesterday&page=-1&size=1000")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-case-filter")
			.jsonPath("$.errors.status")
			.isEqualTo("must be one of CREATED, SUBMITTED, ON_HOLD, PAID_TO_CREDITOR")
			.jsonPath("$.errors.createdFrom")
			.exists()
			.jsonPath("$.errors.page")
			.exists()
			.jsonPath("$.errors.size")
			.isEqualTo("must be a whole number from 1 to 200");
	}

	@Test
	void readsOneCaseOfTheCallersAccount() {
		CollectionCase one = this.stored.get(3);
		this.client.get()
			.uri("/cases/{id}", one.id().value())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ServiceTokens.mint(AUDIENCE, this.approvals.accountId()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(one.id().toString())
			.jsonPath("$.creditorReference")
			.isEqualTo("INV-3")
			.jsonPath("$.amountToRecover")
			.isEqualTo(1250.50)
			.jsonPath("$.caseDate")
			.isEqualTo("2026-01-10")
			.jsonPath("$.status")
			.isEqualTo("CREATED");
	}

	@Test
	void hidesOtherAccountsCases() {
		String otherAccount = ServiceTokens.mint(AUDIENCE, "acct-" + UUID.randomUUID());
		this.client.get()
			.uri("/cases/{id}", this.stored.get(0).id().value())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAccount)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/case-not-found");
		this.client.get()
			.uri("/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAccount)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(0);
	}

	@Test
	void answersAnUnknownOrMalformedIdWithAProblem() {
		String token = ServiceTokens.mint(AUDIENCE, this.approvals.accountId());
		this.client.get()
			.uri("/cases/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/cases/not-a-uuid")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test // GH-15: only import-service's private key can mint a token for this service
	void refusesMissingAndInvalidTokens() {
		String account = this.approvals.accountId();
		Instant now = Instant.now();
		List<String> refused = List.of(
				// signed by another key pair, e.g. one connector-service made up
				ServiceTokens.mint(ServiceTokenKeys.generate(), AUDIENCE, account, now, Duration.ofMinutes(5)),
				// what connector-service could make from the public key it holds
				ServiceTokens.forgedWithThePublicKey(AUDIENCE, account),
				// a genuine token for connector-service, replayed here
				ServiceTokens.mint("connector-service", account),
				// issued in the future, beyond the clock skew
				ServiceTokens.mint(ServiceTokens.keys(), AUDIENCE, account, now.plus(Duration.ofMinutes(3)),
						Duration.ofMinutes(5)),
				ServiceTokens.mint(ServiceTokens.keys(), AUDIENCE, account, now.minus(Duration.ofMinutes(7)),
						Duration.ofMinutes(5)),
				ServiceTokens.mint(ServiceTokens.keys(), AUDIENCE, account, now, Duration.ofHours(2)), "not-a-jwt");
		this.client.get()
			.uri("/cases")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-service-token");
		for (String token : refused) {
			this.client.get()
				.uri("/cases")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
		}
	}

	private static CollectionCase caseOf(Approvals approvals, int n, Instant created, CaseStatus status) {
		CaseDraft draft = approvals.draft(n, "INV-" + n);
		CaseOrigin origin = new CaseOrigin(UUID.randomUUID(), "user", approvals.connection(n), null,
				UUID.randomUUID());
		return new CollectionCase(CaseId.random(), approvals.accountId(), draft.draftId(), draft.creditorReference(),
				draft.caseDate(), draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(),
				draft.debtor(), draft.jurisdiction(), draft.source(), origin, status, created, created,
				(status == CaseStatus.SUBMITTED) ? created : null, draft.amountToRecover(), null);
	}

}
