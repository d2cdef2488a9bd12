package com.qbobridge.rules;

/**
 * A phone number libphonenumber judged valid, in the two forms the rules need, so that a number is parsed once.
 *
 * @param e164 the number in E.164 form, e.g. {@code +16505578463}
 * @param country the ISO alpha-2 country the number belongs to, e.g. {@code US}
 */
public record ValidPhoneNumber(String e164, String country) {

}
