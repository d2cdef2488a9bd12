package com.qbobridge.imports.drafts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.rules.Validation;
import com.qbobridge.rules.config.RulesAutoConfiguration;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creditor's fix is re-validated with the one rules configuration every service shares ({@code pipeline.rules},
 * case-rules' auto-configuration), not with the defaults: with only DE supported, a US draft needs attention and a
 * German one is ready, exactly as mapping and case-service decide.
 */
class DraftRulesConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RulesAutoConfiguration.class))
		.withUserConfiguration(DraftRules.class);

	@Test
	void validatesWithTheSharedDefaultsWhenNothingIsConfigured() {
		this.runner.run((context) -> {
			DraftRules rules = context.getBean(DraftRules.class);

			assertThat(rules.validate(draft("US")).valid()).isTrue();
			assertThat(rules.validate(draft("DE")).valid()).isTrue();
		});
	}

	@Test
	void rejectsUsAndAcceptsDeWhenThePipelineRulesSupportOnlyDe() {
		this.runner.withPropertyValues("pipeline.rules.supported-jurisdictions=DE").run((context) -> {
			DraftRules rules = context.getBean(DraftRules.class);

			Validation us = rules.validate(draft("US"));
			assertThat(us.valid()).isFalse();
			assertThat(us.violations()).extracting(FieldIssue::code).containsExactly("JURISDICTION_NOT_SUPPORTED");
			assertThat(rules.validate(draft("DE")).valid()).isTrue();
		});
	}

	private static CaseDraft draft(String country) {
		PostalAddress address = country.equals("DE")
				? new PostalAddress(List.of("Unter den Linden 1"), "Berlin", null, "10117", "DE")
				: new PostalAddress(List.of("4581 Finch St."), "Bayshore", "CA", "94326", "US");
		return new CaseDraft(UUID.randomUUID(),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2"), "1037",
				LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"),
				new BigDecimal("362.07"), "USD",
				new Debtor(DebtorType.COMPANY, "Sonnenschein Family Store", null, null, address), country,
				new BigDecimal("362.07"));
	}

}
