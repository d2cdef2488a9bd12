/**
 * Intuit's webhooks: change notifications for invoices, signed with the app's verifier token, in the legacy
 * {@code eventNotifications} format or as CloudEvents, retried when the receiver does not answer 200 in time.
 */
@NullMarked
package com.qbobridge.sandbox.webhooks;

import org.jspecify.annotations.NullMarked;
