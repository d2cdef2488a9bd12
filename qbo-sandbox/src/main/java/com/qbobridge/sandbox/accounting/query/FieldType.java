package com.qbobridge.sandbox.accounting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.qbobridge.sandbox.accounting.Ids;
import com.qbobridge.sandbox.common.IntuitTime;

/**
 * How a filterable property compares and how a query literal converts to it.
 */
public enum FieldType {

	/** Text, compared case-insensitively as QuickBooks does. */
	STRING {
		@Override
		Object convert(String literal) {
			return literal;
		}

		@Override
		int compare(Object a, Object b) {
			return ((String) a).compareToIgnoreCase((String) b);
		}
	},

	/**
	 * An id or a reference's id, compared and sorted by number as Intuit does ({@code Id > '9'} matches {@code 10}),
	 * which makes {@code where Id > '<last id>' orderby Id} a keyset walk that a payment cannot shift.
	 */
	ID {
		@Override
		Object convert(String literal) {
			return literal;
		}

		@Override
		int compare(Object a, Object b) {
			return Ids.ORDER.compare((String) a, (String) b);
		}
	},

	/** An amount. */
	DECIMAL {
		@Override
		Object convert(String literal) {
			return new BigDecimal(literal.trim());
		}

		@Override
		int compare(Object a, Object b) {
			return ((BigDecimal) a).compareTo((BigDecimal) b);
		}
	},

	/** A calendar date such as {@code TxnDate}. */
	DATE {
		@Override
		Object convert(String literal) {
			String value = literal.trim();
			return LocalDate.parse((value.length() > 10) ? value.substring(0, 10) : value);
		}

		@Override
		int compare(Object a, Object b) {
			return ((LocalDate) a).compareTo((LocalDate) b);
		}
	},

	/** A timestamp such as {@code MetaData.LastUpdatedTime}; a literal without offset is Pacific time. */
	DATE_TIME {
		@Override
		Object convert(String literal) {
			String value = literal.trim();
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex) {
				if (value.length() == 10) {
					return LocalDate.parse(value).atStartOfDay(IntuitTime.ZONE).toInstant();
				}
				return LocalDateTime.parse(value).atZone(IntuitTime.ZONE).toInstant();
			}
		}

		@Override
		int compare(Object a, Object b) {
			return ((Instant) a).compareTo((Instant) b);
		}
	},

	/** {@code true} or {@code false}. */
	BOOLEAN {
		@Override
		Object convert(String literal) {
			String value = literal.trim().toLowerCase(Locale.ROOT);
			if (!value.equals("true") && !value.equals("false")) {
				throw new IllegalArgumentException(literal);
			}
			return Boolean.valueOf(value);
		}

		@Override
		int compare(Object a, Object b) {
			return Boolean.compare((Boolean) a, (Boolean) b);
		}
	};

	abstract Object convert(String literal);

	abstract int compare(Object a, Object b);

}
