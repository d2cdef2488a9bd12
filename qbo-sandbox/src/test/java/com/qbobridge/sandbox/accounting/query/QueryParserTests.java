package com.qbobridge.sandbox.accounting.query;

import org.junit.jupiter.api.Test;

import com.qbobridge.sandbox.accounting.query.Query.Operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The query subset Intuit accepts, and Intuit's errors for what it does not.
 */
class QueryParserTests {

	@Test
	void parsesTheClausesRealClientsUse() {
		Query query = QueryParser.parse("Select * From invoice WHERE Balance > '0' AND TxnDate >= '2024-01-01' "
				+ "and CustomerRef IN ('1', '2') ORDER BY MetaData.LastUpdatedTime DESC STARTPOSITION 101 MAXRESULTS 50");
		assertThat(query.entity()).isEqualTo(EntityType.INVOICE);
		assertThat(query.count()).isFalse();
		assertThat(query.conditions()).extracting(Query.Condition::operator)
			.containsExactly(Operator.GT, Operator.GE, Operator.IN);
		assertThat(query.orderBy()).singleElement().satisfies((order) -> {
			assertThat(order.field().name()).isEqualTo("MetaData.LastUpdatedTime");
			assertThat(order.ascending()).isFalse();
		});
		assertThat(query.startPosition()).isEqualTo(101);
		assertThat(query.maxResults()).isEqualTo(50);
	}

	@Test
	void countsAndDefaults() {
		Query query = QueryParser.parse("select count(*) from Customer where DisplayName like '%Acme%'");
		assertThat(query.count()).isTrue();
		assertThat(query.startPosition()).isEqualTo(1);
		assertThat(query.maxResults()).isEqualTo(100);
	}

	@Test
	void rejectsOrLikeIntuit() {
		assertThatExceptionOfType(QueryRejected.class)
			.isThrownBy(() -> QueryParser.parse("select * from Invoice where Balance > '0' or Id = '1'"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("4000");
				assertThat(ex.faultMessage()).isEqualTo("Error parsing query");
				assertThat(ex.getMessage()).startsWith("QueryParserError: Encountered \" <OR> \"or \"\" at line 1, column 43.");
			});
	}

	@Test
	void rejectsParenthesesAndUnknownSyntax() {
		assertThatExceptionOfType(QueryRejected.class)
			.isThrownBy(() -> QueryParser.parse("select * from Invoice where (Balance > '0')"))
			.withMessageStartingWith("QueryParserError: Encountered");
		assertThatExceptionOfType(QueryRejected.class)
			.isThrownBy(() -> QueryParser.parse("select * from Invoice where Balance != '0'"))
			.withMessageStartingWith("QueryParserError:");
		assertThatExceptionOfType(QueryRejected.class).isThrownBy(() -> QueryParser.parse("select * from"))
			.withMessageContaining("<EOF>");
	}

	@Test
	void rejectsPropertiesThatCannotBeQueried() {
		assertThatExceptionOfType(QueryRejected.class)
			.isThrownBy(() -> QueryParser.parse("select * from Invoice where BillEmail = 'a@b.c'"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("4001"))
			.withMessage("QueryValidationError: property 'BillEmail' is not queryable");
		assertThatExceptionOfType(QueryRejected.class)
			.isThrownBy(() -> QueryParser.parse("select * from Invoice where NoSuchField = '1'"))
			.withMessage("QueryValidationError: Property NoSuchField not found for Entity Invoice");
	}

}
