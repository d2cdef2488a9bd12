package com.qbobridge.connector.connections;

import java.time.Instant;
import java.util.UUID;

import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import org.jspecify.annotations.Nullable;

/**
 * One QuickBooks company connected by one creditor account, with what was read about it when it was connected.
 *
 * @param id the connection id, the key of all its events
 * @param accountId the creditor account that connected it
 * @param company the company's realm, name, country and currencies
 * @param status where the connection stands
 * @param statusReason why it last changed, in words
 * @param connectedAt when it was first connected
 * @param updatedAt when it last changed
 */
public record Connection(UUID id, String accountId, CompanySnapshot company, ConnectionStatus status,
		@Nullable String statusReason, Instant connectedAt, Instant updatedAt) {

	/**
	 * The QuickBooks company id.
	 * @return the realm id
	 */
	public String realmId() {
		return this.company.realmId();
	}

	/**
	 * Whether this connection belongs to an account.
	 * @param account the account asking
	 * @return {@code true} when it may see the connection
	 */
	public boolean belongsTo(String account) {
		return this.accountId.equals(account);
	}

}
