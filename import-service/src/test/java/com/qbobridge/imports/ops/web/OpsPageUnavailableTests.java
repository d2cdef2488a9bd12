package com.qbobridge.imports.ops.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.qbobridge.imports.ops.ConsumerLag;
import com.qbobridge.imports.ops.OpsProperties;
import com.qbobridge.imports.ops.SilentBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.view.InternalResourceViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * When the broker hangs, the Operations page still renders within its timeout, with a 503 status and the reason.
 */
class OpsPageUnavailableTests {

	@Test
	void rendersThePageWithTheReasonWhenTheBrokerDoesNotAnswer() throws Exception {
		try (SilentBroker broker = new SilentBroker();
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			ConsumerLag lag = new ConsumerLag(admin, new OpsProperties(Duration.ofMillis(500)), Clock.systemUTC());
			MockMvc mvc = MockMvcBuilders.standaloneSetup(new OpsPageController(lag))
				.setViewResolvers(new InternalResourceViewResolver("/templates/", ".html"))
				.build();
			long start = System.nanoTime();
			mvc.perform(get("/ops"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(view().name("ops"))
				.andExpect(model().attribute("brokerProblem", "The Kafka broker did not answer within 500 ms"))
				.andExpect(model().attributeDoesNotExist("report"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

}
