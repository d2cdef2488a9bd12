package com.qbobridge.connector.changes.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.qbobridge.connector.changes.ChangeNotice;
import com.qbobridge.connector.changes.ChangeNotices;
import com.qbobridge.connector.changes.ChangesProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intuit's webhook endpoint. The signature is checked over the raw bytes before anything is parsed; then the
 * notices about invoices behind cases are stored and the call answered at once (Intuit wants 200 within 3 s), and
 * QuickBooks is read afterwards by the change worker.
 */
@RestController
class WebhookController {

	private static final Logger logger = LoggerFactory.getLogger(WebhookController.class);

	static final String PATH = "/webhooks/quickbooks";

	private final ChangesProperties properties;

	private final ChangeNotices notices;

	private final Clock clock;

	WebhookController(ChangesProperties properties, ChangeNotices notices, Clock clock) {
		this.properties = properties;
		this.notices = notices;
		this.clock = clock;
	}

	@PostMapping(PATH)
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "intuit-signature", required = false) @Nullable String signature) {
		String token = this.properties.verifierToken();
		if (token == null || token.isBlank()) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "webhooks-disabled", "Webhooks are not configured",
					"No verifier token is configured, so no notification can be trusted.");
		}
		byte[] bytes = (body != null) ? body : new byte[0];
		if (!WebhookSignature.matches(bytes, signature, token)) {
			logger.warn("Refused a webhook call with a {} intuit-signature", (signature == null) ? "missing" : "wrong");
			return problem(HttpStatus.UNAUTHORIZED, "webhook-signature", "Signature missing or wrong",
					"The intuit-signature header does not match the body.");
		}
		List<ChangeNotice> invoiceNotices;
		try {
			invoiceNotices = WebhookNotifications.invoiceNotices(bytes);
		}
		catch (IllegalArgumentException ex) {
			return problem(HttpStatus.BAD_REQUEST, "webhook-payload", "Unreadable notification", ex.getMessage());
		}
		int accepted = this.notices.accept(invoiceNotices, this.clock.instant());
		return ResponseEntity.ok(Map.of("invoices", invoiceNotices.size(), "accepted", accepted));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/" + type));
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

}
