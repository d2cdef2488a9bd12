package com.qbobridge.testsupport.roundtrip;

import java.util.function.Function;

import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.ImportRequested;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The smallest application shaped like the pipeline's services: a Spring Cloud Stream function that consumes a
 * contract from Kafka, records it in a Flyway-migrated table and answers with another contract.
 */
@SpringBootApplication
public class RoundTripApplication {

	@Bean
	Function<ImportRequested, ImportProgressed> acknowledge(ReceivedImports received) {
		return (request) -> {
			received.record(request);
			return new ImportProgressed(request.metadata().next(ImportProgressed.CONTRACT), 0, 0, null);
		};
	}

	@Bean
	ReceivedImports receivedImports(JdbcClient jdbc) {
		return new ReceivedImports(jdbc);
	}

	/**
	 * The table of received requests.
	 */
	static class ReceivedImports {

		private final JdbcClient jdbc;

		ReceivedImports(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional
		void record(ImportRequested request) {
			this.jdbc.sql("insert into received_imports (event_id, import_id, date_field) values (?, ?, ?)")
				.params(request.metadata().eventId(), request.metadata().importId(), request.dateField().name())
				.update();
		}

	}

}
