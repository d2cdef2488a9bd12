package com.qbobridge.rules.constraints;

import java.util.List;

import com.qbobridge.rules.FieldLimits;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.PostalAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CaseDebtor}: every text of the debtor and its address, each problem on its own path.
 */
public class CaseDebtorValidator implements ConstraintValidator<CaseDebtor, Debtor> {

	@Override
	public boolean isValid(@Nullable Debtor debtor, ConstraintValidatorContext context) {
		if (debtor == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = check(context, debtor.name(), FieldLimits.DEBTOR_NAME, "name");
		valid &= check(context, debtor.email(), FieldLimits.DEBTOR_EMAIL, "email");
		valid &= check(context, debtor.phone(), FieldLimits.DEBTOR_PHONE, "phone");
		PostalAddress address = debtor.address();
		if (address != null) {
			valid &= lines(context, address.lines());
			valid &= check(context, address.city(), FieldLimits.ADDRESS_CITY, "address", "city");
			valid &= check(context, address.region(), FieldLimits.ADDRESS_REGION, "address", "region");
			valid &= check(context, address.postalCode(), FieldLimits.ADDRESS_POSTAL_CODE, "address", "postalCode");
			valid &= check(context, address.country(), FieldLimits.ADDRESS_COUNTRY, "address", "country");
		}
		return valid;
	}

	private static boolean lines(ConstraintValidatorContext context, List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String problem = CaseTextValidator.problem(lines.get(i), FieldLimits.ADDRESS_LINE);
			if (problem != null) {
				report(context, "line " + (i + 1) + " " + problem, "address", "lines");
				return false;
			}
		}
		return true;
	}

	private static boolean check(ConstraintValidatorContext context, @Nullable String value, int max,
			String... path) {
		String problem = CaseTextValidator.problem(value, max);
		if (problem == null) {
			return true;
		}
		report(context, problem, path);
		return false;
	}

	private static void report(ConstraintValidatorContext context, String message, String... path) {
		ConstraintValidatorContext.ConstraintViolationBuilder builder = context
			.buildConstraintViolationWithTemplate(message);
		ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = builder
			.addPropertyNode(path[0]);
		for (int i = 1; i < path.length; i++) {
			node = node.addPropertyNode(path[i]);
		}
		node.addConstraintViolation();
	}

}
