package com.qbobridge.sandbox.accounting;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Every company the sandbox knows, by realm id.
 */
@Component
public class Realms {

	private final Map<String, Realm> realms = new ConcurrentHashMap<>();

	/** Adds the realm, replacing one with the same id. */
	public void put(Realm realm) {
		Assert.notNull(realm, "realm must not be null");
		this.realms.put(realm.realmId(), realm);
	}

	public Optional<Realm> find(String realmId) {
		return Optional.ofNullable(this.realms.get(realmId));
	}

	public Realm require(String realmId) {
		Realm realm = this.realms.get(realmId);
		if (realm == null) {
			throw new RealmNotFound(realmId);
		}
		return realm;
	}

	public Collection<Realm> all() {
		return this.realms.values();
	}

}
