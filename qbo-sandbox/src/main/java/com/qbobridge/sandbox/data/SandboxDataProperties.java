package com.qbobridge.sandbox.data;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The client apps, users and companies the sandbox starts with.
 *
 * @param clients registered apps
 * @param users users who can sign in
 * @param realms companies, generated and/or loaded from QBO JSON files
 * @param files QBO JSON files to load into (possibly new) companies, a separate list so a command line can add files
 * without replacing the configured realms
 */
@Validated
@ConfigurationProperties("sandbox.data")
public record SandboxDataProperties(@DefaultValue @Valid List<ClientDefinition> clients,
		@DefaultValue @Valid List<UserDefinition> users, @DefaultValue @Valid List<RealmDefinition> realms,
		@DefaultValue @Valid List<FileDefinition> files) {

	/**
	 * An app registration.
	 *
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param redirectUris the accepted redirect URIs
	 */
	public record ClientDefinition(@NotBlank String clientId, @NotBlank String clientSecret,
			@DefaultValue List<String> redirectUris) {

		@Override
		public String toString() {
			return "ClientDefinition[clientId=" + this.clientId + "]";
		}

	}

	/**
	 * A user.
	 *
	 * @param username the sign-in name
	 * @param password the password
	 * @param realmIds the companies the user can connect
	 */
	public record UserDefinition(@NotBlank String username, @NotBlank String password,
			@DefaultValue List<String> realmIds) {

		@Override
		public String toString() {
			return "UserDefinition[username=" + this.username + "]";
		}

	}

	/**
	 * A company.
	 *
	 * @param realmId the realm id
	 * @param companyName the company name
	 * @param country the country code
	 * @param homeCurrency the home currency
	 * @param multiCurrencyEnabled whether multicurrency is on
	 * @param seed the generator seed
	 * @param customers customers to generate
	 * @param invoices invoices to generate
	 * @param asOf the day generated data is as of, today when empty
	 * @param files QBO JSON files loaded after generation
	 */
	public record RealmDefinition(@NotBlank String realmId, @NotBlank String companyName,
			@DefaultValue("US") String country, @DefaultValue("USD") String homeCurrency,
			@DefaultValue("false") boolean multiCurrencyEnabled, @DefaultValue("42") long seed,
			@DefaultValue("0") @Min(0) int customers, @DefaultValue("0") @Min(0) int invoices,
			@Nullable LocalDate asOf, @DefaultValue List<String> files) {

	}

	/**
	 * A QBO JSON file to load at start-up.
	 *
	 * @param realmId the company to load into; created empty when it does not exist
	 * @param path the file, {@code {"Customer":[...],"Invoice":[...]}} or a saved query response
	 * @param companyName the name of a company created for the file
	 * @param country the country of a company created for the file
	 * @param homeCurrency the home currency of a company created for the file
	 * @param owner the user who can connect the company, the first configured user when empty
	 */
	public record FileDefinition(@NotBlank String realmId, @NotBlank String path,
			@DefaultValue("Imported Company") String companyName, @DefaultValue("US") String country,
			@DefaultValue("USD") String homeCurrency, @Nullable String owner) {

	}

}
