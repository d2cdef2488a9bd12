package com.qbobridge.imports.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.qbobridge.imports.ops.ConsumerLag;
import com.qbobridge.imports.ops.OpsProperties;
import com.qbobridge.imports.ops.SilentBroker;
import com.qbobridge.imports.ops.web.OpsApiController;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When the broker hangs, the lag endpoint answers a 503 ProblemDetail after its short timeout instead of waiting.
 */
class BrokerUnavailableProblemTests {

	@Test
	void answersServiceUnavailableWhenTheBrokerDoesNotAnswer() throws Exception {
		try (SilentBroker broker = new SilentBroker();
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			ConsumerLag lag = new ConsumerLag(admin, new OpsProperties(Duration.ofMillis(500)), Clock.systemUTC());
			MockMvc mvc = MockMvcBuilders.standaloneSetup(new OpsApiController(lag))
				.setControllerAdvice(new ProblemDetailsAdvice())
				.build();
			mvc.perform(get("/api/ops/lag"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://qbobridge.com/problems/broker-unavailable"))
				.andExpect(jsonPath("$.detail").value("The Kafka broker did not answer within 500 ms. Try again in a moment."));
		}
	}

}
