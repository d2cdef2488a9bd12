package com.qbobridge.sandbox.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import com.qbobridge.sandbox.accounting.Address;
import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.Ref;
import com.qbobridge.sandbox.accounting.TelephoneNumber;

/**
 * What real QuickBooks companies hold that a tidy generator would not: customers abroad (Australia, Germany, France,
 * the Netherlands), sub-customers and jobs (some billed with their parent), deleted customers renamed
 * {@code <name> (deleted)}, and invoices whose billing address was typed into the invoice form as free lines.
 * <p>
 * Applied after the customers and invoices were generated, with a random source of its own, so that it changes no
 * amount, date, balance or customer of any invoice: which invoices exist and which are unpaid stays as generated.
 */
final class QuickBooksHabits {

	/** Mixed into the seed, so that these habits draw numbers of their own. */
	private static final long SALT = 0x51ED_2701_B00C_5EEDL;

	private static final double ABROAD = 0.07;

	private static final double JOBS = 0.08;

	private static final double BILLED_WITH_PARENT = 0.65;

	private static final double INVOICE_FORM = 0.15;

	private static final int FIRST_JOB = 10;

	private static final String[] JOB_NAMES = { "Kitchen remodel", "Office fit-out", "Spring cleanup", "Roof repair",
			"Warehouse", "Head office", "Annual maintenance", "Store", "Garden redesign", "New build" };

	private static final Place[] PLACES = { new Place("AU", "Sydney", "NSW", "2000", "02"),
			new Place("AU", "Melbourne", "VIC", "3000", "03"), new Place("AU", "Brisbane", "QLD", "4000", "07"),
			new Place("AU", "Perth", "WA", "6000", "08"), new Place("DE", "Berlin", null, "10115", "030"),
			new Place("DE", "München", null, "80331", "089"), new Place("DE", "Hamburg", null, "20095", "040"),
			new Place("DE", "Köln", null, "50667", "0221"), new Place("FR", "Paris", null, "75008", "01"),
			new Place("FR", "Lyon", null, "69002", "04"), new Place("FR", "Marseille", null, "13001", "04"),
			new Place("FR", "Toulouse", null, "31000", "05"), new Place("NL", "Amsterdam", null, "1012", "020"),
			new Place("NL", "Rotterdam", null, "3011", "010"), new Place("NL", "Utrecht", null, "3511", "030"),
			new Place("NL", "Den Haag", null, "2511", "070") };

	private static final Map<String, String[]> STREETS = Map.of("AU",
			new String[] { "George St", "Collins St", "Queen St", "Hay St" }, "DE",
			new String[] { "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg" }, "FR",
			new String[] { "Rue de la Paix", "Avenue Jean Jaurès", "Boulevard Voltaire", "Rue Victor Hugo" }, "NL",
			new String[] { "Kerkstraat", "Stationsweg", "Dorpsstraat", "Marktplein" });

	private static final Map<String, String[]> COUNTRY_SPELLINGS = Map.of("AU",
			new String[] { "Australia", "AU", "AUS" }, "DE", new String[] { "Deutschland", "Germany", "DE", "DEU" },
			"FR", new String[] { "France", "FR", "FRA" }, "NL",
			new String[] { "Nederland", "Netherlands", "The Netherlands", "NL", "NLD" });

	private QuickBooksHabits() {
	}

	/**
	 * Gives generated data the habits of a real company.
	 * @param spec what was generated
	 * @param generated the customers and invoices as generated
	 * @return the same customers and invoices, some moved abroad, made jobs, deleted or entered through the form
	 */
	static Dataset apply(DatasetSpec spec, Dataset generated) {
		SplittableRandom random = new SplittableRandom(spec.seed() ^ SALT);
		List<Customer> customers = new ArrayList<>(generated.customers());
		Map<String, String> countries = new HashMap<>();
		for (int i = 0; i < customers.size(); i++) {
			Customer customer = customers.get(i);
			String country = (customer.billAddr() != null && customer.billAddr().city() != null)
					? DatasetGenerator.countryOfCity(customer.billAddr().city()) : null;
			boolean inEuros = customer.currencyRef() != null && "EUR".equals(customer.currencyRef().value());
			boolean move = random.nextDouble() < ABROAD || (spec.multiCurrencyEnabled() && inEuros);
			if (country != null && move) {
				Place place = place(inEuros, random);
				customer = customer.movedTo(address(customer.id(), place, random), phone(place, random), null);
				country = place.country();
				customers.set(i, customer);
			}
			if (country != null) {
				countries.put(customer.id(), country);
			}
		}
		Set<String> displayNames = new HashSet<>();
		customers.forEach((customer) -> displayNames.add(customer.displayName().toLowerCase(Locale.ROOT)));
		for (int i = FIRST_JOB; i < customers.size(); i++) {
			if (random.nextDouble() >= JOBS) {
				continue;
			}
			Customer parent = customers.get(random.nextInt(i));
			if (!parent.isActive() || Boolean.TRUE.equals(parent.job())) {
				continue;
			}
			Customer customer = customers.get(i);
			displayNames.remove(customer.displayName().toLowerCase(Locale.ROOT));
			String name = jobName(customer, random);
			if (!displayNames.add(name.toLowerCase(Locale.ROOT))) {
				name = name + " (" + customer.id() + ")";
				displayNames.add(name.toLowerCase(Locale.ROOT));
			}
			boolean billedWithParent = random.nextDouble() < BILLED_WITH_PARENT;
			customers.set(i, customer.asJobOf(parent, name, billedWithParent));
			if (billedWithParent && countries.containsKey(parent.id())) {
				countries.put(customer.id(), countries.get(parent.id()));
			}
		}
		customers.replaceAll((customer) -> customer.isActive() ? customer : customer.deleted());
		Map<String, Customer> byId = new HashMap<>();
		customers.forEach((customer) -> byId.put(customer.id(), customer));
		List<Invoice> invoices = new ArrayList<>(generated.invoices().size());
		for (Invoice invoice : generated.invoices()) {
			Customer customer = byId.get(invoice.customerRef().value());
			Address address = customer.billAddr();
			String country = countries.get(customer.id());
			boolean throughTheForm = random.nextDouble() < INVOICE_FORM;
			if (throughTheForm && country != null && address != null && address.city() != null
					&& address.postalCode() != null) {
				address = InvoiceFormAddresses.of(customer, address, country, spec.country(), random);
			}
			invoices.add(invoice.withCustomerRef(new Ref(customer.id(), customer.displayName())).withBillAddr(address));
		}
		return new Dataset(customers, invoices);
	}

	private static Place place(boolean inEuros, SplittableRandom random) {
		List<Place> candidates = new ArrayList<>();
		for (Place place : PLACES) {
			if (!inEuros || !place.country().equals("AU")) {
				candidates.add(place);
			}
		}
		return candidates.get(random.nextInt(candidates.size()));
	}

	private static Address address(String id, Place place, SplittableRandom random) {
		String[] streets = STREETS.get(place.country());
		String street = streets[random.nextInt(streets.length)];
		int number = 1 + random.nextInt(180);
		String line1 = switch (place.country()) {
			case "DE", "NL" -> street + " " + number;
			default -> number + " " + street;
		};
		String postalCode = place.country().equals("NL")
				? place.postalCode() + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
				: place.postalCode();
		String[] spellings = COUNTRY_SPELLINGS.get(place.country());
		return new Address(id, line1, null, null, null, null, place.city(), spellings[random.nextInt(spellings.length)],
				place.region(), postalCode);
	}

	/** A number in the city's national format: trunk prefix and area code, then the subscriber's digits. */
	private static TelephoneNumber phone(Place place, SplittableRandom random) {
		int digits = 10 - place.areaCode().length();
		StringBuilder number = new StringBuilder(place.areaCode()).append(' ');
		number.append(2 + random.nextInt(7));
		for (int i = 1; i < digits; i++) {
			number.append(random.nextInt(10));
		}
		if (place.country().equals("DE")) {
			number.append(random.nextInt(10));
		}
		return new TelephoneNumber(number.toString());
	}

	private static String jobName(Customer customer, SplittableRandom random) {
		if (customer.billAddr() != null && customer.billAddr().line1() != null && random.nextBoolean()) {
			return customer.billAddr().line1();
		}
		return JOB_NAMES[random.nextInt(JOB_NAMES.length)] + " " + (2024 + random.nextInt(3));
	}

	/** A city abroad, with what its addresses and phone numbers look like. */
	private record Place(String country, String city, @Nullable String region, String postalCode, String areaCode) {

	}

}
