/**
 * Cases follow their invoices in QuickBooks: {@code InvoiceChanged} closes, lowers or holds a case, records its
 * history and announces {@code CaseUpdated}.
 */
@NullMarked
package com.qbobridge.cases.followup;

import org.jspecify.annotations.NullMarked;
