package com.qbobridge.rules;

import java.util.Collections;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The ISO 4217 currencies a debt can be collected in: the JDK's table without withdrawn currencies, funds, precious
 * metals and test codes, because a case in {@code DEM} or {@code XAU} could never be paid.
 */
public final class Currencies {

	/** Codes the JDK still knows but ISO 4217 withdrew (replaced by the euro or by a redenominated currency). */
	private static final Set<String> WITHDRAWN = Set.of("ADP", "AFA", "ANG", "ATS", "AYM", "AZM", "BEF", "BGL",
			"BYB", "BYR", "CSD", "CUC", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP",
			"ITL", "LTL", "LUF", "LVL", "MGF", "MRO", "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK",
			"SLL", "SRG", "STD", "TMM", "TPE", "TRL", "USS", "VEB", "VEF", "YUM", "ZMK", "ZWD", "ZWL", "ZWN", "ZWR");

	/** Funds and units of account, not money a debtor pays with. */
	private static final Set<String> NOT_MONEY = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
			"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XFO", "XFU", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX");

	private static final Set<String> ACTIVE = computeActive();

	private Currencies() {
	}

	/**
	 * Whether a code is an active ISO 4217 currency, written in upper case as cases hold it.
	 * @param code the code, may be {@code null}
	 * @return {@code true} for e.g. {@code EUR}, {@code false} for {@code eur}, {@code DEM} or {@code XAU}
	 */
	public static boolean isActive(@Nullable String code) {
		return code != null && ACTIVE.contains(code);
	}

	/**
	 * The number of decimals a currency's amounts have.
	 * @param code an active currency code
	 * @return e.g. 2 for {@code USD}, 0 for {@code JPY}; empty for an unknown code
	 */
	public static Optional<Integer> minorUnits(String code) {
		if (!isActive(code)) {
			return Optional.empty();
		}
		int digits = Currency.getInstance(code).getDefaultFractionDigits();
		return Optional.of(Math.max(digits, 0));
	}

	/**
	 * Every active code, for documentation and pick lists.
	 * @return the sorted codes
	 */
	public static Set<String> activeCodes() {
		return ACTIVE;
	}

	private static Set<String> computeActive() {
		TreeSet<String> codes = new TreeSet<>();
		for (Currency currency : Currency.getAvailableCurrencies()) {
			String code = currency.getCurrencyCode();
			if (!WITHDRAWN.contains(code) && !NOT_MONEY.contains(code)) {
				codes.add(code);
			}
		}
		return Collections.unmodifiableSet(codes);
	}

}
