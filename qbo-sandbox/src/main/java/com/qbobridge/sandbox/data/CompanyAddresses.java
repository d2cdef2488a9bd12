package com.qbobridge.sandbox.data;

import java.util.Locale;
import java.util.MissingResourceException;

import com.qbobridge.sandbox.accounting.Address;

/**
 * The address a generated company is registered at, written as QuickBooks writes a company address: its
 * {@code Country} in three letters ({@code USA}, {@code CAN}, {@code GBR}) while CompanyInfo's own {@code Country}
 * has two.
 */
final class CompanyAddresses {

	private CompanyAddresses() {
	}

	/**
	 * The company address for a country.
	 * @param country the company's country code, e.g. {@code US}
	 * @return the address, in a capital or large city of the country
	 */
	static Address of(String country) {
		String code = country.strip().toUpperCase(Locale.ROOT);
		return switch (code) {
			case "CA" -> new Address("1", "100 King St W", null, null, null, null, "Toronto", "CAN", "ON", "M5X 1A9");
			case "GB", "UK" -> new Address("1", "1 Poultry", null, null, null, null, "London", "GBR", null, "EC2R 8EJ");
			case "AU" -> new Address("1", "1 Martin Place", null, null, null, null, "Sydney", "AUS", "NSW", "2000");
			case "DE" -> new Address("1", "Invalidenstraße 117", null, null, null, null, "Berlin", "DEU", null, "10115");
			case "FR" -> new Address("1", "55 Rue du Faubourg Saint-Honoré", null, null, null, null, "Paris", "FRA",
					null, "75008");
			case "NL" -> new Address("1", "Dam 1", null, null, null, null, "Amsterdam", "NLD", null, "1012 JS");
			case "US" -> new Address("1", "2700 Coast Ave", null, null, null, null, "Mountain View", "USA", "CA",
					"94043");
			default -> new Address("1", null, null, null, null, null, null, alpha3(code), null, null);
		};
	}

	private static String alpha3(String code) {
		try {
			return new Locale("", code).getISO3Country();
		}
		catch (MissingResourceException ex) {
			return code;
		}
	}

}
