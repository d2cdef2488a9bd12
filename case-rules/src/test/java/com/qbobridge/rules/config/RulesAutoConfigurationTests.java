package com.qbobridge.rules.config;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code pipeline.rules} configuration gives every service the same {@link CaseDraftValidator}: the
 * auto-configuration is registered for Boot to find, binds and validates the settings, and leaves the application's
 * own clock alone.
 */
class RulesAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RulesAutoConfiguration.class));

	@Test
	void isRegisteredForEveryServiceThatHasCaseRulesOnItsClasspath() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
			.contains(RulesAutoConfiguration.class.getName());
	}

	@Test
	void usesTheSharedDefaultsWhenNothingIsConfigured() {
		this.runner.run((context) -> {
			assertThat(context.getBean(RulesProperties.class).toSettings()).isEqualTo(RulesSettings.defaults());
			assertThat(context.getBean(CaseDraftValidator.class).validate(draft("US")).valid()).isTrue();
			assertThat(context.getBean(CaseDraftValidator.class).validate(draft("DE")).valid()).isTrue();
		});
	}

	@Test
	void rejectsUsAndAcceptsDeWhenOnlyDeIsSupported() {
		this.runner.withPropertyValues("pipeline.rules.supported-jurisdictions=DE").run((context) -> {
			CaseDraftValidator validator = context.getBean(CaseDraftValidator.class);

			Validation us = validator.validate(draft("US"));
			assertThat(us.valid()).isFalse();
			assertThat(us.violations()).extracting(FieldIssue::code).containsExactly("JURISDICTION_NOT_SUPPORTED");
			assertThat(validator.validate(draft("DE")).valid()).isTrue();
		});
	}

	@Test
	void replacesTheJurisdictionsAndMergesTheRatesOverTheDefaults() {
		this.runner
			.withPropertyValues("pipeline.rules.supported-jurisdictions=us, ca", "pipeline.rules.minimum-amount=50",
					"pipeline.rules.reference-rates.eur=1.10", "pipeline.rules.reference-rates.THB=0.028")
			.run((context) -> {
				RulesSettings settings = context.getBean(RulesProperties.class).toSettings();

				assertThat(settings.supportedJurisdictions()).containsExactly("CA", "US");
				assertThat(settings.minimumAmount()).isEqualByComparingTo("50");
				assertThat(settings.minimumAmountCurrency()).isEqualTo("USD");
				assertThat(settings.rateOf("EUR")).contains(new BigDecimal("1.10"));
				assertThat(settings.rateOf("THB")).contains(new BigDecimal("0.028"));
				assertThat(settings.rateOf("GBP")).isEqualTo(RulesSettings.defaults().rateOf("GBP"));
			});
	}

	@Test
	void dropsTheDollarRatesWhenTheMinimumIsInAnotherCurrency() {
		this.runner
			.withPropertyValues("pipeline.rules.minimum-amount=80", "pipeline.rules.minimum-amount-currency=eur",
					"pipeline.rules.reference-rates.USD=0.92")
			.run((context) -> {
				RulesSettings settings = context.getBean(RulesProperties.class).toSettings();

				assertThat(settings.minimumAmountCurrency()).isEqualTo("EUR");
				assertThat(settings.referenceRates()).containsOnlyKeys("USD");
			});
	}

	@Test
	void refusesToStartWithSettingsThatMakeNoSense() {
		for (String setting : List.of("pipeline.rules.supported-jurisdictions=UK",
				"pipeline.rules.supported-jurisdictions=", "pipeline.rules.minimum-amount=-1",
				"pipeline.rules.minimum-amount-currency=DEM", "pipeline.rules.minimum-amount-currency=dollars",
				"pipeline.rules.reference-rates.EUR=0")) {
			this.runner.withPropertyValues(setting)
				.run((context) -> assertThat(context).as(setting).hasFailed());
		}
	}

	@Test
	void providesAUtcClockOnlyWhenTheApplicationHasNone() {
		this.runner.run((context) -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
		this.runner.withUserConfiguration(FixedClock.class).run((context) -> {
			assertThat(context).getBeans(Clock.class).hasSize(1);
			assertThat(context.getBean(Clock.class)).isSameAs(context.getBean(FixedClock.class).clock);
		});
	}

	static CaseDraft draft(String country) {
		PostalAddress address = country.equals("DE")
				? new PostalAddress(List.of("Unter den Linden 1"), "Berlin", null, "10117", "DE")
				: new PostalAddress(List.of("4581 Finch St."), "Bayshore", "CA", "94326", "US");
		return new CaseDraft(UUID.randomUUID(),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2"), "1037",
				LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"),
				new BigDecimal("362.07"), "USD", new Debtor(DebtorType.COMPANY, "Sonnenschein Family Store", null,
						null, address),
				country, new BigDecimal("362.07"));
	}

	@Configuration(proxyBeanMethods = false)
	static class FixedClock {

		final Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

		@Bean
		Clock applicationClock() {
			return this.clock;
		}

	}

}
