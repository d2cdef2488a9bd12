package com.qbobridge.imports.bulkfix.web;

import com.qbobridge.imports.bulkfix.FixKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One fix for one group: the reason, the fix, and the country code for the fixes that set one.
 *
 * @param code the reason (rule code) of the group
 * @param kind the fix
 * @param value an ISO 3166-1 alpha-2 country code, for {@code SET_COUNTRY} and {@code SET_JURISDICTION}
 */
record BulkFixRequest(@NotNull @Pattern(regexp = "[A-Z_]{1,60}") @Nullable String code, @NotNull @Nullable FixKind kind,
		@Nullable @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String value) {

	@AssertTrue(message = "this fix does not fit the reason")
	boolean isKind() {
		return this.kind == null || this.code == null || this.kind.fits(this.code);
	}

	@AssertTrue(message = "must be a two-letter country code for this fix")
	boolean isValue() {
		return this.kind == null || !this.kind.needsValue() || (this.value != null && !this.value.isBlank());
	}

	@Nullable String normalizedValue() {
		return (this.value != null) ? this.value.trim().toUpperCase(java.util.Locale.ROOT) : null;
	}

}
