package com.qbobridge.mapping.drafts;

import java.time.Clock;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What mapping publishes matches the published JSON Schema of {@code CaseDrafted} v1, for every fixture, valid or
 * rejected, hostile content included.
 */
class CaseDraftedContractTests {

	private static final String BASE = "https://schemas.qbobridge.com/events/";

	private static final JsonSchema SCHEMA = JsonSchemaFactory
		.getInstance(SpecVersion.VersionFlag.V202012,
				(builder) -> builder.schemaMappers((mappers) -> mappers.mapPrefix(BASE, "classpath:schemas/")))
		.getSchema(SchemaLocation.of(BASE + CaseDrafted.CONTRACT.schemaFile()),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

	private final CaseDrafting drafting = new CaseDrafting(new InvoiceMapping(),
			new CaseDraftValidator(RulesSettings.defaults(), Clock.systemUTC()));

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "invoice-130-unpaid-free-form-address.json, customer-24-company.json, US",
			"invoice-1038-partially-paid.json, customer-8-company-mobile-only.json, US",
			"invoice-2041-multicurrency-eur.json, customer-77-german-company.json, US",
			"invoice-58-uk-no-number.json, customer-31-inactive-person.json, GB",
			"invoice-4410-no-address.json, customer-92-no-address.json, US",
			"invoice-130-unpaid-free-form-address.json, -, US" })
	void publishesDraftsThatMatchTheSchema(String invoice, String customer, String country) {
		InvoiceFetched event = QboFixtures.event(country.equals("GB") ? QboFixtures.BENNETT_GARDENS
				: QboFixtures.CRAIGS, invoice, customer);

		assertThat(validate(this.drafting.draft(event))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Sonnenschein <b>🌞</b>", "\u202Eشركة الأمل" })
	void publishesHostileContentThatMatchesTheSchema(String name) {
		QboCustomer customer = QboFixtures.customer("customer-24-company.json",
				(node) -> node.put("CompanyName", name.repeat(500)));
		InvoiceFetched event = QboFixtures.event(QboFixtures.CRAIGS,
				QboFixtures.invoice("invoice-1038-partially-paid.json"), customer);

		CaseDrafted drafted = this.drafting.draft(event);

		assertThat(drafted.violations()).isNotEmpty();
		assertThat(validate(drafted)).isEmpty();
	}

	@Test
	void schemaRejectsADraftWithoutItsRequiredParts() {
		assertThat(SCHEMA.validate("{\"status\": \"MAYBE\", \"sequence\": 0}", InputFormat.JSON)).hasSizeGreaterThan(4);
	}

	private static Set<ValidationMessage> validate(CaseDrafted drafted) {
		return SCHEMA.validate(EventJson.mapper().writeValueAsString(drafted), InputFormat.JSON);
	}

}
