package com.qbobridge.cases.register.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.qbobridge.cases.register.CaseHistoryEntry;
import com.qbobridge.cases.register.CollectionCase;

/**
 * One case as {@code GET /cases/{id}} answers it: the case's fields, as in a list, and its history.
 *
 * @param collectionCase the case, its fields at the top level of the answer
 * @param history what happened to it after it was created, oldest first
 */
record CaseDetails(@JsonUnwrapped CollectionCase collectionCase, List<CaseHistoryEntry> history) {

}
