package com.qbobridge.messaging;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A service with nothing but the backbone (auto-configured, not scanned), on the run's real broker and PostgreSQL.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
public class TestMessagingApplication {

}
