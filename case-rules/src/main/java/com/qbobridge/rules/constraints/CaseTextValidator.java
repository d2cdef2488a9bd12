package com.qbobridge.rules.constraints;

import com.qbobridge.rules.Texts;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CaseText}: one pass for forbidden characters, one for the length, whatever the text's size.
 */
public class CaseTextValidator implements ConstraintValidator<CaseText, String> {

	private int max;

	@Override
	public void initialize(CaseText constraint) {
		this.max = constraint.max();
	}

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		String problem = problem(value, this.max);
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
		return false;
	}

	/**
	 * What is wrong with a text for a case field.
	 * @param value the text, may be {@code null}
	 * @param max the most characters allowed
	 * @return a message such as {@code must be at most 50 characters}, {@code null} when the text is acceptable
	 */
	static @Nullable String problem(@Nullable String value, int max) {
		if (value == null) {
			return null;
		}
		switch (Texts.forbidden(value)) {
			case CONTROL:
				return "must not contain control characters such as line breaks, tabs or NUL";
			case FORMAT:
				return "must not contain invisible formatting characters"
						+ " such as zero-width or text-direction characters";
			default:
				break;
		}
		return (Texts.length(value) > max) ? "must be at most " + max + " characters" : null;
	}

}
