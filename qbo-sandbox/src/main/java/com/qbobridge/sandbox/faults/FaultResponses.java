package com.qbobridge.sandbox.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.qbobridge.sandbox.common.IntuitTime;

/**
 * Writes an {@link IntuitFault} onto a servlet response in the shape Intuit uses for it.
 */
@Component
public class FaultResponses {

	private final JsonMapper json;

	private final Clock clock;

	public FaultResponses(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	/** The usual {@code Fault} JSON. */
	public void writeJson(HttpServletResponse response, IntuitFault fault) throws IOException {
		write(response, fault, MediaType.APPLICATION_JSON_VALUE,
				this.json.writeValueAsString(fault.body(IntuitTime.responseTime(this.clock))));
	}

	/** The gateway's lower-case JSON, with the bearer challenge Intuit adds. */
	public void writeGatewayJson(HttpServletResponse response, IntuitFault fault) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Intuit\", error=\"invalid_token\"");
		write(response, fault, MediaType.APPLICATION_JSON_VALUE,
				this.json.writeValueAsString(fault.gatewayBody(this.clock.millis())));
	}

	/** The {@code IntuitResponse} XML. */
	public void writeXml(HttpServletResponse response, IntuitFault fault) throws IOException {
		write(response, fault, MediaType.APPLICATION_XML_VALUE, fault.xmlBody(IntuitTime.responseTime(this.clock)));
	}

	private static void write(HttpServletResponse response, IntuitFault fault, String contentType, String body)
			throws IOException {
		response.setStatus(fault.status().value());
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body);
		response.getWriter().flush();
	}

}
