package com.qbobridge.imports.review;

import com.qbobridge.imports.report.InvoiceFate;

/**
 * How many of a selection's drafts have one fate in the import's report.
 *
 * @param fate the fate
 * @param label the fate in words
 * @param drafts how many drafts
 */
public record SelectionOutcome(InvoiceFate fate, String label, long drafts) {

}
