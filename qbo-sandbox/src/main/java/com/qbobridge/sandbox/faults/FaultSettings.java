package com.qbobridge.sandbox.faults;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * The faults configured per realm at run time, and the dice that decide whether a call gets one.
 */
@Component
public class FaultSettings {

	private final Map<String, RealmFaults> byRealm = new ConcurrentHashMap<>();

	private final FaultProperties properties;

	public FaultSettings(FaultProperties properties) {
		this.properties = properties;
	}

	public RealmFaults of(String realmId) {
		return this.byRealm.getOrDefault(realmId, RealmFaults.none(this.properties.xmlErrors()));
	}

	public void set(String realmId, RealmFaults faults) {
		this.byRealm.put(realmId, faults);
	}

	public void clear(String realmId) {
		this.byRealm.remove(realmId);
	}

	/** The fault to inject into this call, if the dice say so. */
	public Optional<IntuitFault> roll(String realmId) {
		RealmFaults faults = of(realmId);
		if (faults.errorRates().isEmpty()) {
			return Optional.empty();
		}
		double dice = ThreadLocalRandom.current().nextDouble();
		double threshold = 0;
		for (Map.Entry<Integer, Double> rate : faults.errorRates().entrySet()) {
			threshold += rate.getValue();
			if (dice < threshold) {
				return Optional.of(switch (rate.getKey()) {
					case 429 -> IntuitFault.throttleExceeded(faults.throttleStatus());
					case 503 -> IntuitFault.serviceUnavailable();
					default -> IntuitFault.systemFailure();
				});
			}
		}
		return Optional.empty();
	}

}
