package com.qbobridge.sandbox.data;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.data.SandboxDataProperties.ClientDefinition;
import com.qbobridge.sandbox.data.SandboxDataProperties.FileDefinition;
import com.qbobridge.sandbox.data.SandboxDataProperties.RealmDefinition;
import com.qbobridge.sandbox.data.SandboxDataProperties.UserDefinition;
import com.qbobridge.sandbox.oauth.ClientApps;
import com.qbobridge.sandbox.oauth.SandboxUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configured apps, users and companies, including QBO JSON files, are in place before the server takes requests.
 */
class StartupDataTests {

	@Test
	void registersConfiguredAppsUsersAndRealmsWithTheirFiles() {
		Realms realms = new Realms();
		ClientApps clients = new ClientApps();
		SandboxUsers users = new SandboxUsers();
		SandboxDataProperties properties = new SandboxDataProperties(
				List.of(new ClientDefinition("app", "secret", List.of("http://localhost/cb"))),
				List.of(new UserDefinition("Someone@Example.com", "pw", List.of("111"))),
				List.of(new RealmDefinition("111", "Replay Co", "US", "USD", false, 1, 10, 50, LocalDate.of(2026, 1, 31),
						List.of("src/test/resources/qbo-export.json"))),
				List.of(new FileDefinition("222", "src/test/resources/qbo-export.json", "Imported Co", "CA", "CAD",
						null)));
		new StartupData(properties, clients, users, new RealmSetup(realms, Clock.systemUTC()),
				new EntityFiles(JsonMapper.builder().build()), realms)
			.afterSingletonsInstantiated();

		assertThat(clients.authenticate("Basic " + java.util.Base64.getEncoder().encodeToString("app:secret".getBytes())))
			.isPresent();
		assertThat(users.signIn("someone@example.com", "pw")).isPresent();
		Realm realm = realms.require("111");
		assertThat(realm.invoices()).hasSize(52).containsKeys("130", "131");
		assertThat(realm.customers()).containsKey("24");
		assertThat(realm.invoice("130").orElseThrow().docNumber()).isEqualTo("1037");

		Realm imported = realms.require("222");
		assertThat(imported.profile().companyName()).isEqualTo("Imported Co");
		assertThat(imported.invoices()).containsOnlyKeys("130", "131");
		assertThat(users.find("someone@example.com").orElseThrow().realmIds()).containsExactly("111", "222");
	}

}
