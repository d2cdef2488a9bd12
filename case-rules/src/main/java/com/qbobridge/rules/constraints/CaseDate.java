package com.qbobridge.rules.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date a case can carry: from {@code FieldLimits.EARLIEST_DATE} (1900-01-01) to {@code FieldLimits.LATEST_DATE}
 * (2199-12-31); {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CaseDateValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseDate {

	/**
	 * The message.
	 * @return the message
	 */
	String message() default "must be a day between 1900-01-01 and 2199-12-31";

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
