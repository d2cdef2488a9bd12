package com.qbobridge.rules.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.qbobridge.rules.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

/**
 * An amount a case can carry in some currency: at most {@link FieldLimits#AMOUNT_INTEGER_DIGITS} digits before the
 * decimal point and {@link FieldLimits#AMOUNT_FRACTION_DIGITS} after it (whether the currency has that many decimals
 * is the rules' call); {@code null} is valid. The digits are read from the number's precision and scale, so that
 * {@code 1E+1000000} is refused without being expanded.
 */
@Documented
@Digits(integer = FieldLimits.AMOUNT_INTEGER_DIGITS, fraction = FieldLimits.AMOUNT_FRACTION_DIGITS)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseAmount {

	/**
	 * The message.
	 * @return the message
	 */
	String message() default "must have at most 15 digits before the decimal point and 3 after it";

	/**
	 * The validation groups.
	 * @return the groups
	 */
	Class<?>[] groups() default {};

	/**
	 * The payload.
	 * @return the payload
	 */
	Class<? extends Payload>[] payload() default {};

}
