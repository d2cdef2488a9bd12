package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
 * case-service's last check uses the one rules configuration every service shares ({@code pipeline.rules},
 * case-rules' auto-configuration): with only DE supported, a US draft is refused and a German one is not, exactly as
 * mapping and the review page decide.
 */
class DraftChecksRulesConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RulesAutoConfiguration.class))
		.withUserConfiguration(DraftChecks.class);

	@Test
	void checksWithTheSharedDefaultsWhenNothingIsConfigured() {
		this.runner.run((context) -> {
			DraftChecks checks = context.getBean(DraftChecks.class);

			assertThat(checks.violations(draft("US"))).isEmpty();
			assertThat(checks.violations(draft("DE"))).isEmpty();
		});
	}

	@Test
	void refusesUsAndAcceptsDeWhenThePipelineRulesSupportOnlyDe() {
		this.runner.withPropertyValues("pipeline.rules.supported-jurisdictions=DE").run((context) -> {
			DraftChecks checks = context.getBean(DraftChecks.class);

			assertThat(checks.violations(draft("US"))).extracting(FieldIssue::code)
				.containsExactly("JURISDICTION_NOT_SUPPORTED");
			assertThat(checks.violations(draft("DE"))).isEmpty();
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
