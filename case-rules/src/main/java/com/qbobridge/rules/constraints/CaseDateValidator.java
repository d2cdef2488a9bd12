package com.qbobridge.rules.constraints;

import java.time.LocalDate;

import com.qbobridge.rules.FieldLimits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CaseDate} with the rules' own date range.
 */
public class CaseDateValidator implements ConstraintValidator<CaseDate, LocalDate> {

	@Override
	public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
		return value == null || FieldLimits.dateInRange(value);
	}

}
