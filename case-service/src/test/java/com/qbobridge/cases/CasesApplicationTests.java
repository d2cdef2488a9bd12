package com.qbobridge.cases;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pipeline.security.service-token-secret=" + ServiceTokens.TEST_SECRET,
				"pipeline.cases.intake.enabled=false", "pipeline.cases.outbox.relay-enabled=false" })
@AutoConfigureRestTestClient
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
class CasesApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void startsAndReportsHealthUpWithoutAToken() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

}
