package com.qbobridge.sandbox.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.data.SandboxDataProperties.FileDefinition;
import com.qbobridge.sandbox.data.SandboxDataProperties.RealmDefinition;
import com.qbobridge.sandbox.data.SandboxDataProperties.UserDefinition;
import com.qbobridge.sandbox.oauth.ClientApp;
import com.qbobridge.sandbox.oauth.ClientApps;
import com.qbobridge.sandbox.oauth.SandboxUser;
import com.qbobridge.sandbox.oauth.SandboxUsers;

/**
 * Registers the configured apps, users and companies before the server takes requests, so the sandbox is usable
 * as soon as it reports healthy.
 */
@Component
class StartupData implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(StartupData.class);

	private final SandboxDataProperties properties;

	private final ClientApps clients;

	private final SandboxUsers users;

	private final RealmSetup setup;

	private final EntityFiles files;

	private final Realms realms;

	StartupData(SandboxDataProperties properties, ClientApps clients, SandboxUsers users, RealmSetup setup,
			EntityFiles files, Realms realms) {
		this.realms = realms;
		this.properties = properties;
		this.clients = clients;
		this.users = users;
		this.setup = setup;
		this.files = files;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.properties.clients()
			.forEach((client) -> this.clients
				.put(new ClientApp(client.clientId(), client.clientSecret(), client.redirectUris())));
		this.properties.users()
			.forEach((user) -> this.users.put(new SandboxUser(user.username(), user.password(), user.realmIds())));
		for (RealmDefinition definition : this.properties.realms()) {
			long started = System.nanoTime();
			Realm realm = this.setup.create(definition.realmId(),
					new DatasetSpec(definition.companyName(), definition.country(), definition.homeCurrency(),
							definition.multiCurrencyEnabled(), definition.seed(), definition.customers(),
							definition.invoices(), definition.asOf()));
			for (String file : definition.files()) {
				load(realm, file);
			}
			logger.info("Realm {} ({}) ready: {} customers, {} invoices in {} ms", realm.realmId(),
					realm.profile().companyName(), realm.customers().size(), realm.invoices().size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		for (FileDefinition file : this.properties.files()) {
			loadFile(file);
		}
	}

	private void loadFile(FileDefinition file) {
		Realm realm = this.realms.find(file.realmId())
			.orElseGet(() -> this.setup.create(file.realmId(), new DatasetSpec(file.companyName(), file.country(),
					file.homeCurrency(), false, 0, 0, 0, null)));
		load(realm, file.path());
		String owner = (file.owner() != null) ? file.owner()
				: this.properties.users().stream().map(UserDefinition::username).findFirst().orElse(null);
		SandboxUser user = (owner != null) ? this.users.find(owner).orElse(null) : null;
		if (user != null && !user.realmIds().contains(realm.realmId())) {
			List<String> realmIds = new ArrayList<>(user.realmIds());
			realmIds.add(realm.realmId());
			this.users.put(new SandboxUser(user.username(), user.password(), realmIds));
		}
		logger.info("Realm {} ({}) loaded from {}: {} customers, {} invoices", realm.realmId(),
				realm.profile().companyName(), file.path(), realm.customers().size(), realm.invoices().size());
	}

	private void load(Realm realm, String file) {
		try {
			this.setup.load(realm, this.files.read(Path.of(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read QBO JSON file " + file, ex);
		}
	}

}
