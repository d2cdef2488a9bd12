package com.qbobridge.mapping.drafts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Derives a draft's id from what identifies one version of one invoice, so that the same {@code InvoiceFetched}
 * delivered twice gives the same draft id and downstream services de-duplicate on it.
 * <p>
 * The id is {@code UUID.nameUUIDFromBytes("qbo-draft:<connection>:<invoiceId>:<syncToken>")} (a version-3 UUID) in
 * UTF-8, where {@code <connection>} is the connection id, or {@code realm-<realmId>} when the event has none, and
 * {@code <syncToken>} is empty when QuickBooks sent none.
 */
public final class DraftIds {

	private DraftIds() {
	}

	/**
	 * The draft id of an invoice version.
	 * @param connectionId the connection, may be {@code null}
	 * @param realmId the QuickBooks company, used when there is no connection
	 * @param invoiceId the QuickBooks invoice id
	 * @param syncToken the invoice version, may be {@code null}
	 * @return a name-based UUID
	 */
	public static UUID of(@Nullable UUID connectionId, String realmId, String invoiceId, @Nullable String syncToken) {
		String connection = (connectionId != null) ? connectionId.toString() : "realm-" + realmId;
		String name = "qbo-draft:" + connection + ":" + invoiceId + ":" + ((syncToken != null) ? syncToken : "");
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
