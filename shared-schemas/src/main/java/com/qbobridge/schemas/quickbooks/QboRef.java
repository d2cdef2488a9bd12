package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;

/**
 * QuickBooks' {@code ReferenceType}: a pointer to another entity, e.g. {@code CustomerRef} or {@code CurrencyRef}.
 * QuickBooks spells these two keys in lower case, unlike the rest of its entities.
 *
 * @param value the referenced id or code, e.g. {@code 58} or {@code USD}
 * @param name the display name QuickBooks adds, when it does
 */
public record QboRef(String value, @Nullable String name) {

}
