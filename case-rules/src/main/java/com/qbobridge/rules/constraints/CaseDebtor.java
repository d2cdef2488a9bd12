package com.qbobridge.rules.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A debtor ({@code com.qbobridge.schemas.mapping.Debtor}) whose every text is {@link CaseText} within its
 * {@code FieldLimits}: name, e-mail, phone, street lines, city, region, postal code and country. The contract records
 * carry no constraints of their own, so each problem is reported on its path below the annotated property, e.g.
 * {@code debtor.address.postalCode}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CaseDebtorValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseDebtor {

	/**
	 * Replaced by one message per field that says what is wrong.
	 * @return the message
	 */
	String message() default "must be a debtor a case can hold";

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
