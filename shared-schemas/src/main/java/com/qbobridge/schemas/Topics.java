package com.qbobridge.schemas;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseUpdated;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;

/**
 * The topic catalog: every topic of the pipeline in one place. Names are constants so that listeners can use them in
 * annotations; {@link #catalog()} adds keys, sizing, retention and owners for provisioning and documentation.
 * <p>
 * Invoice-level records are keyed by connection + invoice ({@link #invoiceKey}), so that one large import or approval
 * spreads over the partitions while one invoice's records stay in order; the others by connection id
 * ({@link EventMetadata#partitionKey()}). An import's end is known by its invoice count, never by record order.
 */
public final class Topics {

	/** {@link ImportRequested}: import-service asks the connector to fetch invoices. */
	public static final String IMPORT_REQUESTED = "imports.import-requested";

	/** {@link InvoiceFetched}: one unpaid invoice and its customer. */
	public static final String INVOICE_FETCHED = "connector.invoice-fetched";

	/** {@link ImportProgressed}: pages and invoices fetched so far. */
	public static final String IMPORT_PROGRESSED = "connector.import-progressed";

	/** {@link ImportCompleted}: the fetch finished or failed. */
	public static final String IMPORT_COMPLETED = "connector.import-completed";

	/** {@link ConnectionStatusChanged}: a connection changed state. */
	public static final String CONNECTION_STATUS_CHANGED = "connector.connection-status-changed";

	/** {@link CaseDrafted}: a valid or rejected case draft. */
	public static final String CASE_DRAFTED = "mapping.case-drafted";

	/** {@link InvoiceNotDrafted}: a fetched invoice that could not be drafted went to the dead-letter topic. */
	public static final String INVOICE_NOT_DRAFTED = "mapping.invoice-not-drafted";

	/** {@link CaseDraftApproved}: a creditor approved a draft. */
	public static final String CASE_DRAFT_APPROVED = "imports.case-draft-approved";

	/** {@link CaseCreated}: a collection case was created. */
	public static final String CASE_CREATED = "cases.case-created";

	/** {@link CaseRejected}: an approved draft did not become a case. */
	public static final String CASE_REJECTED = "cases.case-rejected";

	/**
	 * {@link InvoiceChanged}: an invoice behind a case was paid, part-paid, voided, deleted or edited in QuickBooks.
	 * Keyed by connection + invoice ({@link #invoiceKey}).
	 */
	public static final String INVOICE_CHANGED = "connector.invoice-changed";

	/** {@link CaseUpdated}: a case changed because its invoice changed. */
	public static final String CASE_UPDATED = "cases.case-updated";

	/** Suffix Spring Kafka's {@code DeadLetterPublishingRecoverer} appends by default. */
	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	private static final String KEY = "connection id";

	private static final String INVOICE_KEY = "connection id + invoice id";

	private static final List<Topic> CATALOG = List.of(
			new Topic(IMPORT_REQUESTED, ImportRequested.CONTRACT, KEY, 6, Duration.ofDays(7), false, "import-service",
					List.of("connector-service")),
			new Topic(INVOICE_FETCHED, InvoiceFetched.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(3), false,
					"connector-service", List.of("mapping-service")),
			new Topic(IMPORT_PROGRESSED, ImportProgressed.CONTRACT, KEY, 6, Duration.ofDays(1), false,
					"connector-service", List.of("import-service")),
			new Topic(IMPORT_COMPLETED, ImportCompleted.CONTRACT, KEY, 6, Duration.ofDays(7), false,
					"connector-service", List.of("import-service")),
			new Topic(CONNECTION_STATUS_CHANGED, ConnectionStatusChanged.CONTRACT, KEY, 6, Duration.ofDays(30), true,
					"connector-service", List.of("import-service")),
			new Topic(CASE_DRAFTED, CaseDrafted.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(7), false, "mapping-service",
					List.of("import-service")),
			new Topic(INVOICE_NOT_DRAFTED, InvoiceNotDrafted.CONTRACT, KEY, 6, Duration.ofDays(7), false,
					"mapping-service", List.of("import-service")),
			new Topic(CASE_DRAFT_APPROVED, CaseDraftApproved.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(14), false,
					"import-service", List.of("case-service")),
			new Topic(CASE_CREATED, CaseCreated.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(30), false, "case-service",
					List.of("import-service", "connector-service", "analytics")),
			new Topic(CASE_REJECTED, CaseRejected.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(30), false, "case-service",
					List.of("import-service", "analytics")),
			new Topic(INVOICE_CHANGED, InvoiceChanged.CONTRACT, INVOICE_KEY, 12, Duration.ofDays(14),
					false, "connector-service", List.of("case-service")),
			new Topic(CASE_UPDATED, CaseUpdated.CONTRACT, KEY, 12, Duration.ofDays(30), false, "case-service",
					List.of("import-service", "analytics")));

	private Topics() {
	}

	/**
	 * Every topic of the pipeline, dead-letter topics excluded.
	 * @return the catalog, in pipeline order
	 */
	public static List<Topic> catalog() {
		return CATALOG;
	}

	/**
	 * Looks a topic up by name.
	 * @param name the topic name
	 * @return the catalog entry, if the topic is in the catalog
	 */
	public static Optional<Topic> named(String name) {
		return CATALOG.stream().filter((topic) -> topic.name().equals(name)).findFirst();
	}

	/**
	 * The key of an invoice-level record ({@code InvoiceFetched}, {@code CaseDrafted}, {@code CaseDraftApproved},
	 * {@code CaseCreated}, {@code CaseRejected}, {@code InvoiceChanged}): the connection and the
	 * invoice, so that one import spreads over every partition while one invoice's records stay in order. An import's
	 * end is then known by its invoice count ({@code ImportCompleted.invoicesFetched}), not by record order.
	 * @param metadata the record's envelope
	 * @param invoiceId the QuickBooks invoice id
	 * @return e.g. {@code 6f1c2a34-1d2e-4b7a-9c3d-2e4f5a6b7c8d/130}
	 */
	public static String invoiceKey(EventMetadata metadata, String invoiceId) {
		return metadata.partitionKey() + "/" + invoiceId;
	}

	/**
	 * The dead-letter topic of a topic.
	 * @param topic the topic name
	 * @return its dead-letter topic name
	 */
	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
