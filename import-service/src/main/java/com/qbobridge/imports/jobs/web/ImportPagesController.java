package com.qbobridge.imports.jobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.connections.ConnectionState;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.connections.RemoteConnection;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportNotFound;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Bulk Import page (start an import, see the account's imports), one import's page (live progress, drafts table,
 * report). Pages render the frame; the page scripts use the imports API.
 */
@Controller
class ImportPagesController {

	private final ImportJobLifecycle imports;

	private final ConnectorClient connector;

	ImportPagesController(ImportJobLifecycle imports, ConnectorClient connector) {
		this.imports = imports;
		this.connector = connector;
	}

	@GetMapping("/imports")
	String bulkImport(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Nullable UUID connection,
			Model model) {
		List<ConnectionChoice> choices = new ArrayList<>();
		boolean available = true;
		try {
			for (RemoteConnection remote : this.connector.connections(user.caller())) {
				ConnectionState state = ConnectionState.of(remote.status());
				choices.add(new ConnectionChoice(remote.id(), name(remote), state.label(), state.canImport()));
			}
		}
		catch (RemoteServiceUnavailable ex) {
			available = false;
		}
		Map<UUID, String> names = choices.stream()
			.collect(Collectors.toMap(ConnectionChoice::id, ConnectionChoice::name, (a, b) -> a));
		model.addAttribute("connections", choices);
		model.addAttribute("connectorAvailable", available);
		model.addAttribute("selectedConnection", connection);
		model.addAttribute("dateFields", DateField.values());
		model.addAttribute("imports",
				this.imports.all(user.caller()).stream().map((job) -> new ImportRow(ImportView.of(job),
						names.getOrDefault(job.connectionId(), job.connectionId().toString()))).toList());
		return "imports";
	}

	@GetMapping("/imports/{importId}")
	String importPage(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId, Model model) {
		ImportJob job = job(user, importId);
		model.addAttribute("job", ImportView.of(job));
		return "import";
	}

	private ImportJob job(AccountUser user, UUID importId) {
		try {
			return this.imports.get(user.caller(), importId);
		}
		catch (ImportNotFound ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

	private static String name(RemoteConnection remote) {
		return (remote.companyName() != null) ? remote.companyName()
				: (remote.realmId() != null) ? "QuickBooks company " + remote.realmId() : remote.id().toString();
	}

	/**
	 * A connection in the import form's list.
	 */
	record ConnectionChoice(UUID id, String name, String stateLabel, boolean canImport) {

	}

	/**
	 * An import in the Bulk Import page's list.
	 */
	record ImportRow(ImportView job, String connectionName) {

	}

}
