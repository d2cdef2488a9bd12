package com.qbobridge.imports.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context every integration test shares: the whole service on a random port, a real Kafka
 * broker, a real PostgreSQL database, the stand-ins for connector-service and case-service, and the test users. Sharing it keeps the
 * suite fast and keeps a single consumer group member on the broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class, RemoteServicesTestConfiguration.class,
		TestUsers.class })
public @interface ImportServiceIntegrationTest {

}
