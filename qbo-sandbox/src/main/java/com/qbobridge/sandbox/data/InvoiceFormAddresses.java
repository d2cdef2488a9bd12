package com.qbobridge.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import com.qbobridge.sandbox.accounting.Address;
import com.qbobridge.sandbox.accounting.Customer;

/**
 * Writes a billing address the way QuickBooks' invoice form stores it: free lines (contact, company, street, the
 * locality as the country writes it, sometimes the country) and none of {@code City}, {@code PostalCode},
 * {@code CountrySubDivisionCode} or {@code Country}, as Intuit's sample company returns such invoices.
 */
final class InvoiceFormAddresses {

	private static final int MAX_LINES = 5;

	private InvoiceFormAddresses() {
	}

	/**
	 * The invoice form's lines for a customer's structured address.
	 * @param customer the customer billed
	 * @param address its structured billing address, with city and postal code
	 * @param country the address's country (ISO alpha-2)
	 * @param companyCountry the QuickBooks company's country; another country is written out as a last line
	 * @param random the source of variation
	 * @return the free-form address
	 */
	static Address of(Customer customer, Address address, String country, String companyCountry,
			SplittableRandom random) {
		List<String> lines = new ArrayList<>();
		String contact = contact(customer);
		if (contact != null) {
			lines.add(contact);
		}
		if (customer.companyName() != null && !customer.companyName().equals(contact)) {
			lines.add(customer.companyName());
		}
		List<String> street = new ArrayList<>();
		if (address.line1() != null) {
			street.add(address.line1());
		}
		if (address.line2() != null) {
			street.add(address.line2());
		}
		lines.addAll(street);
		lines.addAll(locality(address, country, random));
		boolean abroad = !country.equals(companyCountry);
		if (abroad || random.nextDouble() < 0.15) {
			lines.add(countryLine(country, random));
		}
		while (lines.size() > MAX_LINES && contact != null && lines.remove(contact)) {
			contact = null;
		}
		if (lines.size() > MAX_LINES && street.size() == 2) {
			int first = lines.indexOf(street.get(0));
			lines.set(first, street.get(0) + ", " + street.get(1));
			lines.remove(first + 1);
		}
		while (lines.size() < MAX_LINES) {
			lines.add(null);
		}
		return new Address(address.id(), lines.get(0), lines.get(1), lines.get(2), lines.get(3), lines.get(4), null,
				null, null, null);
	}

	private static List<String> locality(Address address, String country, SplittableRandom random) {
		String city = address.city();
		String region = address.countrySubDivisionCode();
		String postalCode = address.postalCode();
		return switch (country) {
			// QuickBooks itself writes "City, ST  ZIP", two spaces before the ZIP code.
			case "US" -> List.of(city + ", " + region + "  " + postalCode);
			case "CA" -> List.of(random.nextBoolean() ? city + ", " + region + "  " + postalCode
					: city + " " + region + " " + postalCode);
			case "GB" -> random.nextBoolean() ? List.of(city, postalCode) : List.of(city + " " + postalCode);
			case "AU" -> List.of((random.nextDouble() < 0.8) ? city + " " + region + " " + postalCode
					: postalCode + " " + city + " " + region);
			default -> List.of(postalCode + " " + city);
		};
	}

	private static String countryLine(String country, SplittableRandom random) {
		String[] spellings = switch (country) {
			case "US" -> new String[] { "USA", "United States", "U.S.A." };
			case "CA" -> new String[] { "Canada", "CAN" };
			case "GB" -> new String[] { "United Kingdom", "UK", "GBR", "England" };
			case "AU" -> new String[] { "Australia", "AUS" };
			case "DE" -> new String[] { "Deutschland", "Germany", "DEU" };
			case "FR" -> new String[] { "France", "FRA" };
			case "NL" -> new String[] { "Nederland", "The Netherlands", "NLD" };
			default -> new String[] { country };
		};
		return spellings[random.nextInt(spellings.length)];
	}

	private static @Nullable String contact(Customer customer) {
		if (customer.givenName() == null || customer.familyName() == null) {
			return null;
		}
		return customer.givenName() + " " + customer.familyName();
	}

}
