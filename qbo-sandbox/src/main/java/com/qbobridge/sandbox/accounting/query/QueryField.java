package com.qbobridge.sandbox.accounting.query;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A filterable, sortable property of an entity, with the accessor that reads it.
 *
 * @param name the property name as Intuit spells it
 * @param type how it compares
 * @param accessor reads the value from an entity, {@code null} when the entity has none
 */
public record QueryField(String name, FieldType type, Function<Object, @Nullable Object> accessor) {

	@Nullable Object read(Object entity) {
		return this.accessor.apply(entity);
	}

}
