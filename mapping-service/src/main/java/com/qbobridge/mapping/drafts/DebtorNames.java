package com.qbobridge.mapping.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.qbobridge.mapping.drafts.address.NameKeys;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import org.jspecify.annotations.Nullable;

/**
 * A QuickBooks customer's name as a debtor's, and whether it is a business or a person, told from more than a blank
 * {@code CompanyName}: a legal form at the end of the name ({@code Inc}, {@code LLC}, {@code GmbH}, {@code BV},
 * {@code SARL}...) makes a business, a company name that is just the contact's name makes a person.
 */
final class DebtorNames {

	private static final String DELETED_SUFFIX = " (deleted)";

	/** Legal forms as the last word(s) of a name, compared without dots, case or spacing. */
	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "lllp", "llp", "lp", "ltd",
			"limited", "plc", "corp", "corporation", "co", "company", "cic", "pc", "pllc", "pa", "gmbh", "ag", "kg",
			"ohg", "ug", "gbr", "ek", "kgaa", "mbh", "bv", "nv", "vof", "cv", "sarl", "sas", "sasu", "sa", "sca", "snc",
			"eurl", "sprl", "srl", "spa", "sl", "slu", "oy", "oyj", "ab", "as", "asa", "aps", "pty", "ptyltd", "ulc",
			"lda", "sro", "kft", "zoo", "spzoo", "bhd", "sdnbhd", "pteltd", "gesmbh", "sons", "brothers", "bros",
			"associates", "partners", "group", "holdings", "trust", "foundation", "association");

	private static final Pattern WORDS = Pattern.compile("[\\s,]+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	private DebtorNames() {
	}

	/**
	 * The name a customer owes under: the company name, else the display name without QuickBooks' {@code (deleted)}
	 * suffix, else given and family name.
	 * @param customer the customer, must not be null
	 * @return the name, {@code null} when the customer has none
	 */
	static @Nullable String name(QboCustomer customer) {
		String companyName = clean(customer.companyName());
		if (companyName != null) {
			return companyName;
		}
		String name = displayName(customer);
		return (name != null) ? name : personName(customer);
	}

	/**
	 * Whether a customer is a business or a person.
	 * @param customer the customer, must not be null
	 * @return {@code COMPANY} for a company name that is not just the contact's name, or a name ending in a legal
	 * form; {@code PERSON} otherwise
	 */
	static DebtorType type(QboCustomer customer) {
		String companyName = clean(customer.companyName());
		String personName = personName(customer);
		if (companyName != null) {
			boolean justTheContact = personName != null && NameKeys.key(companyName).equals(NameKeys.key(personName));
			return (justTheContact && !hasLegalForm(companyName)) ? DebtorType.PERSON : DebtorType.COMPANY;
		}
		String name = name(customer);
		return (name != null && hasLegalForm(name)) ? DebtorType.COMPANY : DebtorType.PERSON;
	}

	/**
	 * Whether a parent known only by name is a business or a person, judged by its job or sub-customer, whose company
	 * and contact names QuickBooks copies from the parent.
	 * @param parentName the parent's name
	 * @param job the job, must not be null
	 * @return the type, {@code null} when nothing tells
	 */
	static @Nullable DebtorType typeOfParent(String parentName, QboCustomer job) {
		String key = NameKeys.key(parentName);
		if (hasLegalForm(parentName) || key.equals(NameKeys.key(job.companyName()))) {
			return DebtorType.COMPANY;
		}
		String personName = personName(job);
		return (personName != null && key.equals(NameKeys.key(personName))) ? DebtorType.PERSON : null;
	}

	/**
	 * Whether a name ends with a legal form, e.g. {@code Acme Plumbing, LLC}, {@code Müller GmbH}, {@code Jansen B.V.}.
	 * @param name the name
	 * @return {@code true} when its last word, or last two words, are a legal form
	 */
	static boolean hasLegalForm(String name) {
		String[] words = WORDS.split(name.strip().replace(".", "").toLowerCase(Locale.ROOT));
		if (words.length < 2) {
			return false;
		}
		String last = NOT_LETTER_OR_DIGIT.matcher(words[words.length - 1]).replaceAll("");
		String lastTwo = NOT_LETTER_OR_DIGIT.matcher(words[words.length - 2]).replaceAll("") + last;
		return LEGAL_FORMS.contains(last) || LEGAL_FORMS.contains(lastTwo);
	}

	/**
	 * The names whose lines in an address only repeat who the debtor is.
	 * @param customer the customer, must not be null
	 * @param includeDisplayName whether the display name counts even when it has digits (a job's display name is
	 * often its site's street, {@code 0969 Ocean View Road}, and must not be taken for a name)
	 * @return company, contact and display names
	 */
	static List<String> of(QboCustomer customer, boolean includeDisplayName) {
		List<String> names = new ArrayList<>();
		add(names, customer.companyName());
		add(names, personName(customer));
		if (clean(customer.familyName()) != null && clean(customer.givenName()) != null) {
			add(names, customer.familyName() + " " + customer.givenName());
		}
		String displayName = displayName(customer);
		if (includeDisplayName || (displayName != null && displayName.chars().noneMatch(Character::isDigit))) {
			add(names, displayName);
		}
		return names;
	}

	/** QuickBooks renames an inactive customer to {@code <name> (deleted)}; the debtor's name is without it. */
	static @Nullable String displayName(QboCustomer customer) {
		return withoutDeletedSuffix(customer.displayName(), customer.active());
	}

	static @Nullable String withoutDeletedSuffix(@Nullable String text, @Nullable Boolean active) {
		String name = clean(text);
		if (name != null && Boolean.FALSE.equals(active) && name.endsWith(DELETED_SUFFIX)) {
			return clean(name.substring(0, name.length() - DELETED_SUFFIX.length()));
		}
		return name;
	}

	private static @Nullable String personName(QboCustomer customer) {
		String given = clean(customer.givenName());
		String family = clean(customer.familyName());
		if (given == null) {
			return family;
		}
		return (family == null) ? given : given + " " + family;
	}

	private static void add(List<String> names, @Nullable String name) {
		String cleaned = clean(name);
		if (cleaned != null) {
			names.add(cleaned);
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
