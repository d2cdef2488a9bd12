package com.qbobridge.connector.invoices;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A range of invoice ids walked on its own, so that one import reads several ranges side by side: ids above
 * {@code afterId} up to and including {@code upToId}, either end open when {@code null}.
 *
 * @param afterId exclusive lower bound, {@code null} for none
 * @param upToId inclusive upper bound, {@code null} for none
 */
record IdRange(@Nullable String afterId, @Nullable String upToId) {

	/**
	 * Splits the ids from {@code lowest} to {@code highest} into ranges of equal width (QuickBooks numbers an
	 * entity's ids in the order they were created, so equal widths hold similar counts). The first range is open
	 * below and the last open above, so an invoice created meanwhile is not lost to the split.
	 * @param lowest the lowest matching id
	 * @param highest the highest matching id
	 * @param parts how many ranges at most
	 * @return the ranges in id order; one open range when the ids are not numbers or too few to split
	 */
	static List<IdRange> split(String lowest, String highest, int parts) {
		if (parts <= 1 || !InvoicePages.isNumeric(lowest) || !InvoicePages.isNumeric(highest)) {
			return List.of(new IdRange(null, null));
		}
		BigInteger low = new BigInteger(lowest);
		BigInteger width = new BigInteger(highest).subtract(low).add(BigInteger.ONE);
		int count = (int) Math.min(parts, Math.max(1, width.longValue()));
		List<IdRange> ranges = new ArrayList<>(count);
		String after = null;
		for (int i = 1; i <= count; i++) {
			String upTo = (i == count) ? null
					: low.subtract(BigInteger.ONE)
						.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(count)))
						.toString();
			ranges.add(new IdRange(after, upTo));
			after = upTo;
		}
		return List.copyOf(ranges);
	}

	/**
	 * The ranges that end at the given ids (each the last id of its range, as read at evenly spaced positions of the
	 * id order, so that every range holds about as many invoices whatever how the ids are spread). The first range
	 * is open below and the last open above; ids out of order or repeated (invoices paid while they were read) are
	 * skipped, which only makes a range larger.
	 * @param ends the last id of every range but the last
	 * @return the ranges in id order
	 */
	static List<IdRange> endingAt(List<String> ends) {
		List<IdRange> ranges = new ArrayList<>(ends.size() + 1);
		String after = null;
		for (String end : ends) {
			if (after == null || InvoicePages.compareIds(end, after) > 0) {
				ranges.add(new IdRange(after, end));
				after = end;
			}
		}
		ranges.add(new IdRange(after, null));
		return List.copyOf(ranges);
	}

}
