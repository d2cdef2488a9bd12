package com.qbobridge.rules.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text a case field can hold: no control characters (NUL, tabs, line breaks), no invisible format characters
 * (zero-width, text-direction controls, byte order mark) and at most {@link #max()} characters, counted as the rules
 * count them; {@code null} is valid. Lets a request be refused with the field named before any rule runs.
 */
@Documented
@Constraint(validatedBy = CaseTextValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseText {

	/**
	 * The most characters (Unicode code points) allowed, usually a {@code FieldLimits} constant.
	 * @return the limit
	 */
	int max();

	/**
	 * Replaced by a message that says which of the checks failed.
	 * @return the message
	 */
	String message() default "must be text a case can hold";

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
