package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ranges read side by side bill the same customers: a customer one range is reading is waited for by the others,
 * not read again.
 */
class CustomerLookupTests {

	@Test
	void aCustomerBeingReadByOneRangeIsNotReadAgainByAnother() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		AtomicInteger queries = new AtomicInteger();
		CustomerLookup lookup = new CustomerLookup(100, 1000, (query) -> {
			queries.incrementAndGet();
			try {
				answer.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return EventJson.mapper().readTree("{\"Customer\": [{\"Id\": \"7\", \"DisplayName\": \"Debtor Ltd\"}]}");
		});
		List<QboInvoice> page = List.of(EventJson.mapper()
			.treeToValue(EventJson.mapper().readTree("{\"Id\": \"1\", \"CustomerRef\": {\"value\": \"7\"}}"),
					QboInvoice.class));
		CompletableFuture<CustomerLookup.PageCustomers> first = CompletableFuture
			.supplyAsync(() -> lookup.billedPartiesOf(page));
		await().atMost(Duration.ofSeconds(5)).until(() -> queries.get() == 1);
		AtomicReference<Thread> secondThread = new AtomicReference<>();
		CompletableFuture<CustomerLookup.PageCustomers> second = CompletableFuture.supplyAsync(() -> {
			secondThread.set(Thread.currentThread());
			return lookup.billedPartiesOf(page);
		});
		await().atMost(Duration.ofSeconds(5))
			.until(() -> secondThread.get() != null && secondThread.get().getState() == Thread.State.WAITING);
		answer.countDown();

		assertThat(first.get(5, TimeUnit.SECONDS).customers().get("7").displayName()).isEqualTo("Debtor Ltd");
		assertThat(second.get(5, TimeUnit.SECONDS).customers().get("7").displayName()).isEqualTo("Debtor Ltd");
		assertThat(queries).hasValue(1);
	}

	@Test
	void thePagesCustomerBatchesAreReadSideBySide() {
		// Three batches of 100: each query answers only once all three are asked, so one by one would never finish.
		CountDownLatch allAsked = new CountDownLatch(3);
		java.util.concurrent.ExecutorService calls = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			CustomerLookup lookup = new CustomerLookup(100, 1000, (query) -> {
				allAsked.countDown();
				try {
					assertThat(allAsked.await(10, TimeUnit.SECONDS)).as("batches asked side by side").isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				String ids = query.substring(query.indexOf('(') + 1, query.indexOf(')'));
				StringBuilder customers = new StringBuilder();
				for (String id : ids.split(",")) {
					String bare = id.trim().replace("'", "");
					customers.append((customers.length() > 0) ? "," : "")
						.append("{\"Id\": \"").append(bare).append("\", \"DisplayName\": \"C").append(bare).append("\"}");
				}
				return EventJson.mapper().readTree("{\"Customer\": [" + customers + "]}");
			}, calls);
			List<QboInvoice> page = new java.util.ArrayList<>();
			for (int i = 1; i <= 300; i++) {
				page.add(EventJson.mapper()
					.treeToValue(EventJson.mapper().readTree("{\"Id\": \"" + i + "\", \"CustomerRef\": {\"value\": \""
							+ i + "\"}}"), QboInvoice.class));
			}

			CustomerLookup.PageCustomers billed = lookup.billedPartiesOf(page);

			assertThat(billed.customers()).hasSize(300).allSatisfy((id, customer) -> assertThat(customer.displayName())
				.isEqualTo("C" + id));
		}
		finally {
			calls.shutdownNow();
		}
	}

}
