package com.qbobridge.sandbox.accounting.query;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paging rules a connector relies on, as Intuit applies them: {@code Id} compares and sorts by number, so
 * {@code where Id > '<last id>' orderby Id} walks the unpaid invoices without skipping one when an invoice of an
 * earlier page is paid meanwhile (which shifts {@code startposition} paging), {@code MetaData.LastUpdatedTime} finds
 * the invoices changed since a moment, and a page of more than 1000 is refused rather than shortened.
 */
class KeysetPagingIntegrationTests extends SandboxIntegrationTestSupport {

	private static final DateTimeFormatter INTUIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	@Test
	void comparesAndSortsIdsByNumber() {
		// Ids run from 1000 to 10009, so text order would put "10000" before "9996" and "1000" after "999".
		String realm = createRealm(20, 9_010, 41);
		String token = connect(realm).accessToken();

		assertThat(count(realm, "select count(*) from Invoice where Id > '999'", token)).isEqualTo(9_010);
		assertThat(count(realm, "select count(*) from Invoice where Id > '9999'", token)).isEqualTo(10);
		JsonNode page = body(query(realm, "select * from Invoice where Id > '9995' orderby Id maxresults 20", token))
			.at("/QueryResponse/Invoice");
		assertThat(ids(page)).containsExactly("9996", "9997", "9998", "9999", "10000", "10001", "10002", "10003",
				"10004", "10005", "10006", "10007", "10008", "10009");
	}

	@Test
	void aKeysetWalkMissesNoInvoiceWhenEarlierOnesArePaidMidWalkWhileStartPositionDoes() {
		String realm = createRealm(5, 120, 43);
		String token = connect(realm).accessToken();
		String where = "select * from Invoice where Balance > '0'";
		List<String> unpaidAtStart = ids(body(query(realm, where + " orderby Id maxresults 1000", token))
			.at("/QueryResponse/Invoice"));
		assertThat(unpaidAtStart).hasSizeGreaterThan(30);

		List<String> byKeyset = new ArrayList<>();
		List<String> byPosition = new ArrayList<>();
		JsonNode firstPage = body(query(realm, where + " orderby Id maxresults 10", token)).at("/QueryResponse/Invoice");
		byKeyset.addAll(ids(firstPage));
		byPosition.addAll(ids(firstPage));
		Set<String> paid = new HashSet<>();
		for (JsonNode invoice : firstPage) {
			payInFull(realm, invoice);
			paid.add(invoice.get("Id").asString());
		}
		for (JsonNode next = keysetPage(realm, where, byKeyset, token); !next.isMissingNode(); next = keysetPage(realm,
				where, byKeyset, token)) {
			byKeyset.addAll(ids(next));
		}
		for (int start = 11;; start += 10) {
			JsonNode next = body(query(realm, where + " orderby Id startposition " + start + " maxresults 10", token))
				.at("/QueryResponse/Invoice");
			if (next.isMissingNode()) {
				break;
			}
			byPosition.addAll(ids(next));
		}

		assertThat(byKeyset).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(unpaidAtStart);
		List<String> missed = new ArrayList<>(unpaidAtStart);
		missed.removeAll(byPosition);
		assertThat(missed).as("startposition shifted by the %d payments", paid.size())
			.hasSize(paid.size())
			.doesNotContainAnyElementsOf(paid);
	}

	@Test
	void countsTheInvoicesChangedSinceAMoment() {
		String realm = createRealm(3, 40, 47);
		String token = connect(realm).accessToken();
		Instant since = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String changed = "select count(*) from Invoice where MetaData.LastUpdatedTime >= '"
				+ INTUIT_TIME.format(since.atOffset(ZoneOffset.UTC)) + "'";
		long before = count(realm, changed, token);
		JsonNode unpaid = body(query(realm, "select * from Invoice where Balance > '0' orderby Id maxresults 1000",
				token))
			.at("/QueryResponse/Invoice");
		JsonNode untouched = null;
		for (JsonNode invoice : unpaid) {
			Instant updated = OffsetDateTime.parse(invoice.at("/MetaData/LastUpdatedTime").asString()).toInstant();
			if (updated.isBefore(since.minusSeconds(86_400))) {
				untouched = invoice;
				break;
			}
		}
		assertThat(untouched).as("an unpaid invoice last changed more than a day ago").isNotNull();

		payInFull(realm, untouched);

		assertThat(count(realm, changed, token)).isEqualTo(before + 1);
	}

	@Test
	void refusesAPageOfMoreThanOneThousand() {
		String realm = createRealm(1, 5, 53);
		String token = connect(realm).accessToken();

		HttpResponse<String> refused = query(realm,
				"select * from Invoice where Balance > '0' and Id > '0' orderby Id maxresults 1001", token);

		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode error = body(refused).at("/Fault/Error/0");
		assertThat(body(refused).at("/Fault/type").asString()).isEqualTo("ValidationFault");
		assertThat(error.get("code").asString()).isEqualTo("4001");
		assertThat(error.get("Message").asString()).isEqualTo("Invalid query");
		assertThat(error.get("Detail").asString())
			.isEqualTo("QueryValidationError: value 1001 is too large. Max allowed value is 1000");
		assertThat(query(realm, "select * from Invoice orderby Id maxresults 1000", token).statusCode())
			.isEqualTo(200);
	}

	private JsonNode keysetPage(String realm, String where, List<String> seen, String token) {
		String last = seen.get(seen.size() - 1);
		return body(query(realm, where + " and Id > '" + last + "' orderby Id maxresults 10", token))
			.at("/QueryResponse/Invoice");
	}

	private void payInFull(String realm, JsonNode invoice) {
		BigDecimal balance = invoice.get("Balance").decimalValue();
		HttpResponse<String> paid = postJson(
				"/admin/realms/" + realm + "/invoices/" + invoice.get("Id").asString() + "/payments",
				Map.of("amount", balance));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
	}

	private long count(String realm, String query, String token) {
		HttpResponse<String> response = query(realm, query, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return body(response).at("/QueryResponse/totalCount").asLong();
	}

	private static List<String> ids(JsonNode invoices) {
		List<String> ids = new ArrayList<>();
		invoices.forEach((invoice) -> ids.add(invoice.get("Id").asString()));
		return ids;
	}

}
