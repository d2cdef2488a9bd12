package com.qbobridge.mapping.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * QuickBooks Online read responses ({@code {"Invoice": {...}, "time": ...}}) from {@code src/test/resources/qbo},
 * read the way the connector forwards them, optionally changed before reading.
 */
public final class QboFixtures {

	/** Craig's Design and Landscaping Services, QuickBooks' US sample company, multicurrency on. */
	public static final CompanySnapshot CRAIGS = new CompanySnapshot("9341453050",
			"Craig's Design and Landscaping Services", "US", "USD", true);

	/** A UK company without multicurrency. */
	public static final CompanySnapshot BENNETT_GARDENS = new CompanySnapshot("4620816365179092330",
			"Bennett Gardens Ltd", "GB", "GBP", false);

	public static final UUID CONNECTION = UUID.fromString("6f1c2a34-1d2e-4b7a-9c3d-2e4f5a6b7c8d");

	public static final UUID IMPORT = UUID.fromString("0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f");

	private QboFixtures() {
	}

	public static QboInvoice invoice(String file) {
		return invoice(file, (node) -> {
		});
	}

	public static QboInvoice invoice(String file, Consumer<ObjectNode> change) {
		return read(file, "Invoice", change, QboInvoice.class);
	}

	public static QboCustomer customer(String file) {
		return customer(file, (node) -> {
		});
	}

	public static QboCustomer customer(String file, Consumer<ObjectNode> change) {
		return read(file, "Customer", change, QboCustomer.class);
	}

	public static InvoiceFetched event(CompanySnapshot company, QboInvoice invoice, QboCustomer customer) {
		return new InvoiceFetched(EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections", CONNECTION, IMPORT),
				company, invoice, customer, 7);
	}

	public static InvoiceFetched event(CompanySnapshot company, String invoiceFile, String customerFile) {
		return event(company, invoice(invoiceFile), (customerFile != null) ? customer(customerFile) : null);
	}

	private static <T> T read(String file, String entity, Consumer<ObjectNode> change, Class<T> type) {
		try (InputStream in = QboFixtures.class.getResourceAsStream("/qbo/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + file);
			}
			JsonNode response = EventJson.mapper().readTree(in);
			ObjectNode node = (ObjectNode) response.get(entity);
			change.accept(node);
			return EventJson.mapper().treeToValue(node, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
