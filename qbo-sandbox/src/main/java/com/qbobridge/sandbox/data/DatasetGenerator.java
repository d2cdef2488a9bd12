package com.qbobridge.sandbox.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import com.qbobridge.sandbox.accounting.Address;
import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.FieldLengths;
import com.qbobridge.sandbox.accounting.EmailAddress;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.Line;
import com.qbobridge.sandbox.accounting.LinkedTxn;
import com.qbobridge.sandbox.accounting.MetaData;
import com.qbobridge.sandbox.accounting.Ref;
import com.qbobridge.sandbox.accounting.SalesItemLineDetail;
import com.qbobridge.sandbox.accounting.TelephoneNumber;
import com.qbobridge.sandbox.common.IntuitTime;

/**
 * Generates a realistic, deterministic company: customers written the ways people write them (country spellings,
 * missing emails, partial addresses, local phone formats, very long and non-Latin names, inactive customers) and
 * invoices that are paid, unpaid, partly paid or voided, in several currencies when multicurrency is on (and without
 * {@code CurrencyRef} when it is off, as QuickBooks sends them). {@link QuickBooksHabits} then adds customers abroad,
 * sub-customers and jobs, deleted customers and invoices entered through the invoice form.
 * <p>
 * The same spec (seed and as-of day included) always gives the same data. Invoices share their customer's address
 * and a small pool of item references, so 100,000 invoices stay well within a normal heap.
 */
public final class DatasetGenerator {

	private static final String[] GIVEN_NAMES = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
			"Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
			"Sarah", "Charles", "Karen", "Amélie", "José", "Zoë", "François", "Siobhán", "Øystein", "Renée", "Björn" };

	private static final String[] FAMILY_NAMES = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
			"Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
			"Thomas", "Taylor", "Moore", "Jackson", "Martin", "O'Brien", "MacDonald", "van der Berg", "Nguyen",
			"Müller", "Kowalski", "D'Angelo", "St. John" };

	private static final String[][] NON_LATIN_NAMES = { { "伟", "王" }, { "芳", "李" }, { "太郎", "山田" },
			{ "花子", "佐藤" }, { "민준", "김" }, { "Иван", "Петров" }, { "Ольга", "Смирнова" }, { "Γιώργος", "Παπαδόπουλος" },
			{ "محمد", "العلي" }, { "דוד", "כהן" }, { "अर्जुन", "शर्मा" }, { "สมชาย", "ใจดี" } };

	private static final String[] COMPANY_WORDS = { "Acme", "Summit", "Blue Ridge", "Harbor", "Pioneer", "Maple",
			"Granite", "Redwood", "Lakeside", "Northwind", "Silver Creek", "Evergreen", "Ironwood", "Cedar",
			"Riverside", "Golden Gate", "Prairie", "Beacon", "Keystone", "Oak Valley" };

	private static final String[] COMPANY_TRADES = { "Plumbing", "Landscaping", "Dental Care", "Consulting",
			"Construction", "Bakery", "Auto Repair", "Design Studio", "Logistics", "Roofing", "Catering",
			"Veterinary Clinic", "Electrical", "Cleaning Services", "Marketing" };

	private static final String[] COMPANY_SUFFIXES = { "LLC", "Inc.", "Ltd.", "Co.", "Corp.", "& Sons", "GmbH", "",
			"LLP", "PLC" };

	private static final String[] STREETS = { "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Park Blvd",
			"Washington Ave", "Lake Rd", "Hill St", "Sunset Blvd", "High Street", "Church Lane", "Queen St W" };

	private static final Location[] LOCATIONS = { new Location("US", "San Francisco", "CA", "941"),
			new Location("US", "Austin", "TX", "787"), new Location("US", "Brooklyn", "NY", "112"),
			new Location("US", "Chicago", "IL", "606"), new Location("US", "Seattle", "WA", "981"),
			new Location("US", "Miami", "FL", "331"), new Location("CA", "Toronto", "ON", "M5V"),
			new Location("CA", "Vancouver", "BC", "V6B"), new Location("CA", "Montréal", "QC", "H2X"),
			new Location("GB", "London", null, "EC1A"), new Location("GB", "Manchester", null, "M1"),
			new Location("GB", "Edinburgh", null, "EH1") };

	private static final Map<String, String[]> COUNTRY_SPELLINGS = Map.of("US",
			new String[] { "USA", "United States", "US", "U.S.A.", "", "United States of America" }, "CA",
			new String[] { "Canada", "CA", "CAN", "" }, "GB", new String[] { "U.K.", "United Kingdom", "UK", "GB", "" });

	private static final Map<String, String> CURRENCY_NAMES = Map.of("USD", "United States Dollar", "CAD",
			"Canadian Dollar", "GBP", "British Pound Sterling", "EUR", "Euro", "AUD", "Australian Dollar");

	/** Value of one unit of each currency in US dollars, to derive exchange rates to any home currency. */
	private static final Map<String, Double> USD_VALUE = Map.of("USD", 1.0, "CAD", 0.73, "GBP", 1.27, "EUR", 1.08,
			"AUD", 0.66);

	private static final String[][] ITEMS = { { "1", "Services" }, { "2", "Hours" }, { "3", "Consulting" },
			{ "4", "Design" }, { "5", "Installation" }, { "6", "Maintenance" }, { "7", "Materials" },
			{ "8", "Repairs" }, { "9", "Delivery" }, { "10", "Training" } };

	private static final Ref[] ITEM_REFS = java.util.Arrays.stream(ITEMS)
		.map((item) -> new Ref(item[0], item[1]))
		.toArray(Ref[]::new);

	private static final Ref NON_TAXABLE = new Ref("NON", null);

	private static final Map<String, Object> SUB_TOTAL = Map.of();

	private static final double LOG_MIN_PRICE = Math.log(5);

	private static final double LOG_MAX_PRICE = Math.log(5000);

	private static final int[] TERMS_DAYS = { 0, 15, 30, 30, 30, 45, 60 };

	private DatasetGenerator() {
	}

	public static Dataset generate(DatasetSpec spec, LocalDate today) {
		LocalDate asOf = (spec.asOf() != null) ? spec.asOf() : today;
		SplittableRandom random = new SplittableRandom(spec.seed());
		List<Customer> customers = customers(spec, asOf, random);
		List<Invoice> invoices = invoices(spec, asOf, customers, random);
		return QuickBooksHabits.apply(spec, new Dataset(customers, invoices));
	}

	/**
	 * The country of one of the cities generated customers live in.
	 * @param city the city
	 * @return its ISO 3166-1 alpha-2 code, {@code null} for a city the generator does not place customers in
	 */
	static @Nullable String countryOfCity(String city) {
		for (Location location : LOCATIONS) {
			if (location.city().equals(city)) {
				return location.country();
			}
		}
		return null;
	}

	private static List<Customer> customers(DatasetSpec spec, LocalDate asOf, SplittableRandom random) {
		List<Customer> customers = new ArrayList<>(spec.customers());
		Set<String> displayNames = new HashSet<>();
		for (int i = 0; i < spec.customers(); i++) {
			String id = Integer.toString(i + 1);
			Location location = location(spec.country(), random);
			String givenName;
			String familyName;
			String companyName = null;
			double kind = random.nextDouble();
			boolean nonLatin = kind < 0.06;
			if (nonLatin) {
				String[] name = pick(NON_LATIN_NAMES, random);
				givenName = name[0];
				familyName = name[1];
			}
			else {
				givenName = pick(GIVEN_NAMES, random);
				familyName = pick(FAMILY_NAMES, random);
			}
			String displayName;
			if (kind >= 0.06 && kind < 0.10) {
				// A long name fits DisplayName (500); CompanyName holds at most 100, so people shorten it there.
				displayName = longCompanyName(random);
				companyName = upToWord(displayName, FieldLengths.NAME);
			}
			else if (kind >= 0.10 && kind < 0.65) {
				companyName = companyName(random, familyName);
				displayName = companyName;
			}
			else {
				displayName = nonLatin ? familyName + givenName : givenName + " " + familyName;
			}
			if (!displayNames.add(displayName.toLowerCase(Locale.ROOT))) {
				// QuickBooks requires unique display names; people add a number.
				displayName = displayName + " (" + id + ")";
				displayNames.add(displayName.toLowerCase(Locale.ROOT));
			}
			EmailAddress email = (random.nextDouble() < 0.78) ? new EmailAddress(email(givenName, familyName,
					companyName, nonLatin, id, random)) : null;
			TelephoneNumber phone = (random.nextDouble() < 0.85) ? new TelephoneNumber(phone(location, random)) : null;
			TelephoneNumber mobile = (random.nextDouble() < 0.3) ? new TelephoneNumber(phone(location, random)) : null;
			Address address = address(id, location, random);
			Ref currency = currency(spec, location, random);
			OffsetDateTime created = timeOn(asOf.minusDays(730 + random.nextInt(400)), random);
			boolean active = random.nextDouble() >= 0.06;
			customers.add(new Customer(id, (random.nextDouble() < 0.3) ? 1 : 0, new MetaData(created, created),
					displayName, companyName, givenName, familyName, email, phone, mobile, address, currency, active,
					null, null, null, null, null, null));
		}
		return customers;
	}

	private static List<Invoice> invoices(DatasetSpec spec, LocalDate asOf, List<Customer> customers,
			SplittableRandom random) {
		List<Invoice> invoices = new ArrayList<>(spec.invoices());
		int firstId = 1000;
		long nextPaymentId = firstId + spec.invoices() + 1L;
		for (int i = 0; i < spec.invoices(); i++) {
			String id = Integer.toString(firstId + i);
			// Some customers have many invoices, most have a few.
			double skew = random.nextDouble();
			Customer customer = customers.get((int) (skew * skew * customers.size()));
			LocalDate txnDate = asOf.minusDays(random.nextInt(731));
			LocalDate dueDate = txnDate.plusDays(TERMS_DAYS[random.nextInt(TERMS_DAYS.length)]);
			String docNumber = docNumber(i, random);
			int lineCount = 1 + random.nextInt(3);
			List<Line> lines = new ArrayList<>(lineCount + 1);
			BigDecimal total = BigDecimal.ZERO;
			for (int n = 1; n <= lineCount; n++) {
				Ref item = ITEM_REFS[random.nextInt(ITEM_REFS.length)];
				BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(10));
				BigDecimal unitPrice = amount(random);
				BigDecimal amount = qty.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
				total = total.add(amount);
				lines.add(new Line(Integer.toString(n), n, item.name(), amount, Line.SALES_ITEM,
						new SalesItemLineDetail(item, qty, unitPrice, NON_TAXABLE), null));
			}
			lines.add(new Line(null, null, null, total, Line.SUB_TOTAL, null, SUB_TOTAL));
			Ref currency = (customer.currencyRef() != null) ? customer.currencyRef()
					: currencyRef(spec.homeCurrency());
			BigDecimal exchangeRate = spec.multiCurrencyEnabled() ? exchangeRate(currency.value(), spec.homeCurrency(),
					random) : null;
			// Without multicurrency QuickBooks sends no CurrencyRef: the home currency applies.
			currency = spec.multiCurrencyEnabled() ? currency : null;
			EmailAddress billEmail = (customer.primaryEmailAddr() != null && random.nextDouble() < 0.92)
					? customer.primaryEmailAddr() : null;
			OffsetDateTime created = timeOn(txnDate, random);
			long ageDays = asOf.toEpochDay() - txnDate.toEpochDay();
			double status = random.nextDouble();
			// Older invoices are more often settled, as in a real ledger.
			double paidShare = (ageDays > 120) ? 0.55 : (ageDays > 45) ? 0.35 : 0.15;
			Invoice invoice;
			if (status < 0.06) {
				Invoice open = new Invoice(id, 0, new MetaData(created, created), docNumber, txnDate, dueDate, currency,
						exchangeRate, null, lines, customerRef(customer), customer.billAddr(), billEmail, total, total,
						null);
				invoice = open.voided(later(created, asOf, random));
			}
			else if (status < 0.06 + paidShare) {
				invoice = new Invoice(id, 1, new MetaData(created, later(created, asOf, random)), docNumber, txnDate,
						dueDate, currency, exchangeRate, null, lines, customerRef(customer), customer.billAddr(),
						billEmail, total, BigDecimal.ZERO,
						List.of(new LinkedTxn(Long.toString(nextPaymentId++), "Payment")));
			}
			else if (status < 0.06 + paidShare + 0.14) {
				BigDecimal paid = total.multiply(BigDecimal.valueOf(0.1 + random.nextDouble() * 0.8))
					.setScale(2, RoundingMode.HALF_UP);
				invoice = new Invoice(id, 1, new MetaData(created, later(created, asOf, random)), docNumber, txnDate,
						dueDate, currency, exchangeRate, null, lines, customerRef(customer), customer.billAddr(),
						billEmail, total, total.subtract(paid),
						List.of(new LinkedTxn(Long.toString(nextPaymentId++), "Payment")));
			}
			else {
				invoice = new Invoice(id, 0, new MetaData(created, created), docNumber, txnDate, dueDate, currency,
						exchangeRate, (random.nextDouble() < 0.05) ? "Customer disputes the hours billed" : null,
						lines, customerRef(customer), customer.billAddr(), billEmail, total, total, null);
			}
			invoices.add(invoice);
		}
		return invoices;
	}

	private static Ref customerRef(Customer customer) {
		return new Ref(customer.id(), customer.displayName());
	}

	private static @Nullable String docNumber(int index, SplittableRandom random) {
		double kind = random.nextDouble();
		if (kind < 0.02) {
			return null;
		}
		if (kind < 0.07) {
			return "INV-" + (1001 + index);
		}
		return Integer.toString(1001 + index);
	}

	private static BigDecimal amount(SplittableRandom random) {
		// Log-uniform between 5 and 5,000 per unit.
		double value = Math.exp(LOG_MIN_PRICE + random.nextDouble() * (LOG_MAX_PRICE - LOG_MIN_PRICE));
		return BigDecimal.valueOf(Math.round(value * 100), 2);
	}

	private static BigDecimal exchangeRate(String currency, String home, SplittableRandom random) {
		if (currency.equals(home)) {
			return BigDecimal.ONE;
		}
		double rate = USD_VALUE.getOrDefault(currency, 1.0) / USD_VALUE.getOrDefault(home, 1.0);
		double jitter = 1 + (random.nextDouble() - 0.5) * 0.04;
		return BigDecimal.valueOf(Math.round(rate * jitter * 10_000), 4);
	}

	private static Ref currency(DatasetSpec spec, Location location, SplittableRandom random) {
		if (!spec.multiCurrencyEnabled()) {
			return currencyRef(spec.homeCurrency());
		}
		if (random.nextDouble() < 0.1) {
			return currencyRef("EUR");
		}
		return currencyRef(switch (location.country()) {
			case "CA" -> "CAD";
			case "GB" -> "GBP";
			default -> "USD";
		});
	}

	private static Ref currencyRef(String code) {
		return new Ref(code, CURRENCY_NAMES.getOrDefault(code, code));
	}

	private static Location location(String companyCountry, SplittableRandom random) {
		double where = random.nextDouble();
		String country = switch (companyCountry) {
			case "CA" -> (where < 0.7) ? "CA" : (where < 0.9) ? "US" : "GB";
			case "GB", "UK" -> (where < 0.75) ? "GB" : (where < 0.9) ? "US" : "CA";
			default -> (where < 0.82) ? "US" : (where < 0.92) ? "CA" : "GB";
		};
		List<Location> candidates = java.util.Arrays.stream(LOCATIONS)
			.filter((location) -> location.country().equals(country))
			.toList();
		return candidates.get(random.nextInt(candidates.size()));
	}

	private static @Nullable Address address(String id, Location location, SplittableRandom random) {
		double kind = random.nextDouble();
		if (kind < 0.1) {
			return null;
		}
		String[] spellings = COUNTRY_SPELLINGS.get(location.country());
		String country = (random.nextDouble() < 0.1) ? null : spellings[random.nextInt(spellings.length)];
		String street = (1 + random.nextInt(9899)) + " " + pick(STREETS, random);
		String postalCode = postalCode(location, random);
		if (kind < 0.18) {
			// Partial: only a street, or only a city.
			return (random.nextBoolean()) ? new Address(id, street, null, null, null, null, null, null, null, null)
					: new Address(id, null, null, null, null, null, location.city(), country, null, null);
		}
		if (kind < 0.25) {
			// Everything typed into the free-form lines, as older QuickBooks files have it.
			String cityLine = location.city() + ((location.region() != null) ? ", " + location.region() : "") + "  "
					+ postalCode;
			return new Address(id, street, cityLine, country, null, null, null, null, null, null);
		}
		String line2 = (random.nextDouble() < 0.2) ? "Suite " + (100 + random.nextInt(900)) : null;
		return new Address(id, street, line2, null, null, null, location.city(), country, location.region(),
				(random.nextDouble() < 0.05) ? null : postalCode);
	}

	private static String postalCode(Location location, SplittableRandom random) {
		return switch (location.country()) {
			case "US" -> location.postalPrefix() + String.format(Locale.ROOT, "%02d", random.nextInt(100));
			case "CA" -> location.postalPrefix() + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
					+ random.nextInt(10);
			default -> location.postalPrefix() + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
					+ (char) ('A' + random.nextInt(26));
		};
	}

	private static String phone(Location location, SplittableRandom random) {
		int area = 200 + random.nextInt(800);
		int exchange = 200 + random.nextInt(800);
		int number = random.nextInt(10000);
		if (location.country().equals("GB")) {
			return switch (random.nextInt(3)) {
				case 0 -> String.format(Locale.ROOT, "020 7946 %04d", number);
				case 1 -> String.format(Locale.ROOT, "+44 20 7946 %04d", number);
				default -> String.format(Locale.ROOT, "07700 900%03d", number % 1000);
			};
		}
		return switch (random.nextInt(6)) {
			case 0 -> String.format(Locale.ROOT, "(%d) %d-%04d", area, exchange, number);
			case 1 -> String.format(Locale.ROOT, "%d-%d-%04d", area, exchange, number);
			case 2 -> String.format(Locale.ROOT, "+1 %d %d %04d", area, exchange, number);
			case 3 -> String.format(Locale.ROOT, "%d.%d.%04d", area, exchange, number);
			case 4 -> String.format(Locale.ROOT, "%d%d%04d", area, exchange, number);
			default -> String.format(Locale.ROOT, "%d-%04d ext. %d", exchange, number, 1 + random.nextInt(99));
		};
	}

	private static String email(String givenName, String familyName, @Nullable String companyName, boolean nonLatin,
			String id, SplittableRandom random) {
		if (nonLatin) {
			return "customer" + id + "@example.com";
		}
		String local = ascii(givenName) + "." + ascii(familyName);
		String domain = (companyName != null) ? ascii(companyName).replace(".", "") : "example";
		if (domain.length() > 40) {
			domain = domain.substring(0, 40);
		}
		return switch (random.nextInt(4)) {
			case 0 -> local + "@" + domain + ".com";
			case 1 -> local.toUpperCase(Locale.ROOT) + "@" + domain.toUpperCase(Locale.ROOT) + ".COM";
			case 2 -> "billing@" + domain + ".co";
			default -> ascii(givenName) + id + "@mail.example.net";
		};
	}

	private static String ascii(String text) {
		String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
	}

	private static String companyName(SplittableRandom random, String familyName) {
		String suffix = pick(COMPANY_SUFFIXES, random);
		String base = (random.nextDouble() < 0.3) ? familyName + " " + pick(COMPANY_TRADES, random)
				: pick(COMPANY_WORDS, random) + " " + pick(COMPANY_TRADES, random);
		return suffix.isEmpty() ? base : base + " " + suffix;
	}

	private static String longCompanyName(SplittableRandom random) {
		StringBuilder name = new StringBuilder("The ");
		while (name.length() < 110) {
			name.append(pick(COMPANY_WORDS, random)).append(' ').append(pick(COMPANY_TRADES, random)).append(" and ");
		}
		name.append("Associated Professional Services of ").append(pick(COMPANY_WORDS, random)).append(" County LLC");
		return name.toString();
	}

	private static String upToWord(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = text.lastIndexOf(' ', max);
		return text.substring(0, (end > 0) ? end : max).strip();
	}

	private static OffsetDateTime timeOn(LocalDate day, SplittableRandom random) {
		OffsetDateTime start = day.atTime(7, 0).atZone(IntuitTime.ZONE).toOffsetDateTime();
		return start.plusSeconds(random.nextInt(12 * 3600));
	}

	private static OffsetDateTime later(OffsetDateTime created, LocalDate asOf, SplittableRandom random) {
		OffsetDateTime candidate = created.plusDays(1 + random.nextInt(60)).plusSeconds(random.nextInt(3600));
		OffsetDateTime limit = asOf.atTime(19, 0).atZone(IntuitTime.ZONE).toOffsetDateTime();
		OffsetDateTime result = candidate.isAfter(limit) ? limit : candidate;
		return result.atZoneSameInstant(IntuitTime.ZONE).toOffsetDateTime();
	}

	private static <T> T pick(T[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}

	/** A place customers live in, with what its addresses and phone numbers look like. */
	private record Location(String country, String city, @Nullable String region, String postalPrefix) {

	}

}
