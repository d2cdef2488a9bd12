package com.qbobridge.sandbox.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.qbobridge.sandbox.accounting.CompanyProfile;
import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.query.Query;
import com.qbobridge.sandbox.accounting.query.QueryExecutor;
import com.qbobridge.sandbox.accounting.query.QueryParser;
import com.qbobridge.sandbox.common.IntuitTime;
import com.qbobridge.sandbox.data.Dataset;
import com.qbobridge.sandbox.data.DatasetGenerator;
import com.qbobridge.sandbox.data.DatasetSpec;

/**
 * Prints how long generating, loading and paging through 100,000 invoices takes and how much heap they use; run with
 * {@code ./mvnw -pl qbo-sandbox test-compile exec:java -Pbench}.
 */
public final class DatasetBenchmark {

	private DatasetBenchmark() {
	}

	public static void main(String[] args) {
		int invoices = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int customers = Math.max(1, invoices / 50);
		LocalDate asOf = LocalDate.of(2026, 6, 30);
		long heapBefore = usedHeap();

		long started = System.nanoTime();
		Dataset dataset = DatasetGenerator.generate(
				new DatasetSpec("Benchmark Co", "US", "USD", true, 42, customers, invoices, asOf), asOf);
		long generated = System.nanoTime();
		Realm realm = new Realm("1", new CompanyProfile("Benchmark Co", "US", "USD", true,
				OffsetDateTime.now(IntuitTime.ZONE)));
		dataset.customers().forEach(realm::putCustomer);
		dataset.invoices().forEach(realm::putInvoice);
		long loaded = System.nanoTime();
		dataset = null;
		long heapAfter = usedHeap();

		Query count = QueryParser.parse("select count(*) from Invoice where Balance > '0'");
		long countStarted = System.nanoTime();
		long unpaid = QueryExecutor.count(count, realm);
		long countDone = System.nanoTime();

		long pagingStarted = System.nanoTime();
		int pages = 0;
		int seen = 0;
		for (int start = 1;; start += 1000) {
			List<Object> page = QueryExecutor.page(QueryParser
				.parse("select * from Invoice where Balance > '0' startposition " + start + " maxresults 1000"), realm);
			if (page.isEmpty()) {
				break;
			}
			pages++;
			seen += page.size();
		}
		long pagingDone = System.nanoTime();

		long sortedStarted = System.nanoTime();
		QueryExecutor.page(QueryParser.parse(
				"select * from Invoice where Balance > '0' orderby DueDate desc startposition 40001 maxresults 1000"),
				realm);
		long sortedDone = System.nanoTime();

		System.out.printf("%nqbo-sandbox dataset benchmark (%,d invoices, %,d customers)%n", invoices, customers);
		System.out.printf("  generate:                  %,8d ms%n", millis(started, generated));
		System.out.printf("  load into realm:           %,8d ms%n", millis(generated, loaded));
		System.out.printf("  heap retained by realm:    %,8d MB (%,d bytes per invoice incl. customers)%n",
				(heapAfter - heapBefore) / (1024 * 1024), (heapAfter - heapBefore) / Math.max(1, invoices));
		System.out.printf("  count unpaid (%,d):     %,8d ms%n", unpaid, millis(countStarted, countDone));
		System.out.printf("  page all unpaid (%d pages, %,d invoices): %,d ms%n", pages, seen,
				millis(pagingStarted, pagingDone));
		System.out.printf("  one page ordered by DueDate at position 40,001: %,d ms%n", millis(sortedStarted, sortedDone));
		if (realm.invoices().size() != invoices) {
			throw new IllegalStateException("realm lost invoices");
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
