package com.qbobridge.cases.register;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.util.Assert;

/**
 * The identity of a collection case, typed so that it cannot be mixed up with draft or event ids.
 *
 * @param value the UUID, must not be null
 */
public record CaseId(@JsonValue UUID value) {

	public CaseId {
		Assert.notNull(value, "value must not be null");
	}

	/**
	 * A new, random case id.
	 * @return the id
	 */
	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
