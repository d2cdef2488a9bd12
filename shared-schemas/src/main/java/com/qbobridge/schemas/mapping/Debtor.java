package com.qbobridge.schemas.mapping;

import org.jspecify.annotations.Nullable;

/**
 * Who owes the money, in case form.
 *
 * @param type business or person, when it could be told
 * @param name the debtor's name
 * @param email the debtor's e-mail address
 * @param phone the debtor's phone number, E.164 when it could be normalised
 * @param address the debtor's postal address
 */
public record Debtor(@Nullable DebtorType type, @Nullable String name, @Nullable String email, @Nullable String phone,
		@Nullable PostalAddress address) {

}
