package com.qbobridge.mapping.invoices;

import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.rules.config.RulesAutoConfiguration;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mapping drafts with the one rules configuration every service shares ({@code pipeline.rules}, case-rules'
 * auto-configuration), not with settings of its own: with only DE supported, a US invoice is rejected and a German one
 * is not, exactly as case-rules, import-service and case-service decide.
 */
class DraftingRulesConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RulesAutoConfiguration.class))
		.withUserConfiguration(DraftingConfiguration.class);

	private final InvoiceFetched us = QboFixtures.event(QboFixtures.CRAIGS, "invoice-1038-partially-paid.json",
			"customer-8-company-mobile-only.json");

	private final InvoiceFetched de = QboFixtures.event(QboFixtures.CRAIGS, "invoice-2041-multicurrency-eur.json",
			"customer-77-german-company.json");

	@Test
	void draftsWithTheSharedDefaultsWhenNothingIsConfigured() {
		this.runner.run((context) -> {
			CaseDrafting drafting = context.getBean(CaseDrafting.class);

			assertThat(drafting.draft(this.us).status()).isEqualTo(DraftStatus.VALID);
			assertThat(drafting.draft(this.de).status()).isEqualTo(DraftStatus.VALID);
		});
	}

	@Test
	void rejectsUsAndAcceptsDeWhenThePipelineRulesSupportOnlyDe() {
		this.runner.withPropertyValues("pipeline.rules.supported-jurisdictions=DE").run((context) -> {
			CaseDrafting drafting = context.getBean(CaseDrafting.class);

			CaseDrafted us = drafting.draft(this.us);
			CaseDrafted de = drafting.draft(this.de);

			assertThat(us.draft().jurisdiction()).isEqualTo("US");
			assertThat(us.status()).isEqualTo(DraftStatus.REJECTED);
			assertThat(us.violations()).extracting(FieldIssue::code).containsExactly("JURISDICTION_NOT_SUPPORTED");
			assertThat(de.draft().jurisdiction()).isEqualTo("DE");
			assertThat(de.status()).isEqualTo(DraftStatus.VALID);
		});
	}

}
