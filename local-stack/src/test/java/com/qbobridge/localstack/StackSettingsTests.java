package com.qbobridge.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.qbobridge.localstack.postgres.DatabaseServer;
import com.qbobridge.localstack.services.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class StackSettingsTests {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void startsEverythingOnTheDocumentedPortsByDefault() {
		StackSettings settings = StackSettings.fromEnvironment(Map.of(), ROOT);

		assertThat(settings.externalKafka()).isNull();
		assertThat(settings.externalDatabase()).isNull();
		assertThat(settings.keepData()).isFalse();
		assertThat(settings.stateDir()).isEqualTo(ROOT.resolve(".local-stack"));
		assertThat(settings.services()).isEqualTo(ServiceDefinition.all());
		assertThat(settings.startTimeout()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.serviceJavaOptions()).contains("-Xmx512m");
		assertThat(settings.portsToListenOn()).containsOnly(entry(9092, "Kafka"), entry(9093, "Kafka controller"),
				entry(15432, "PostgreSQL"), entry(8090, "qbo-sandbox"), entry(8081, "connector-service"),
				entry(8082, "mapping-service"), entry(8083, "case-service"), entry(8080, "import-service"));
	}

	@Test
	void usesAnExternalBrokerAndDatabaseWithoutClaimingTheirPorts() {
		StackSettings settings = StackSettings.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
				"LOCAL_DATABASE_URL", "jdbc:postgresql://db:5432/postgres", "LOCAL_DATABASE_USERNAME", "qbo",
				"LOCAL_DATABASE_PASSWORD", "s3cret"), ROOT);

		assertThat(settings.externalKafka()).isEqualTo("broker:9092");
		assertThat(settings.externalDatabase())
			.isEqualTo(new DatabaseServer("jdbc:postgresql://db:5432/postgres", "qbo", "s3cret"));
		assertThat(settings.portsToListenOn()).doesNotContainKeys(9092, 9093, 15432).containsKey(8080);
	}

	@Test
	void acceptsTheReadmesDatabaseUrlButPrefersTheLaunchersOwn() {
		assertThat(StackSettings.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/postgres",
				"DATABASE_PASSWORD", "pw"), ROOT).externalDatabase())
			.isEqualTo(new DatabaseServer("jdbc:postgresql://db:5432/postgres", "postgres", "pw"));
		assertThat(StackSettings.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/postgres",
				"LOCAL_DATABASE_URL", "jdbc:postgresql://local:5432/postgres"), ROOT).externalDatabase())
			.isEqualTo(new DatabaseServer("jdbc:postgresql://local:5432/postgres", "postgres", ""));
	}

	@Test
	void readsPortsDataFolderTimeoutAndServiceSelection() {
		StackSettings settings = StackSettings.fromEnvironment(Map.of("LOCAL_KAFKA_PORT", "19092",
				"LOCAL_KAFKA_CONTROLLER_PORT", "19093", "LOCAL_POSTGRES_PORT", "25432", "LOCAL_STACK_KEEP_DATA", "true",
				"LOCAL_STACK_DIR", "/tmp/stack", "LOCAL_STACK_START_TIMEOUT", "60", "LOCAL_STACK_JAVA_OPTS",
				" -Xmx1g  -Dx=y ", "LOCAL_STACK_SERVICES", "import-service, qbo-sandbox"), ROOT);

		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
		assertThat(settings.postgresPort()).isEqualTo(25432);
		assertThat(settings.keepData()).isTrue();
		assertThat(settings.stateDir()).isEqualTo(Path.of("/tmp/stack"));
		assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx1g", "-Dx=y");
		assertThat(settings.services()).containsExactly(ServiceDefinition.QBO_SANDBOX, ServiceDefinition.IMPORTS);
	}

	@Test
	void startsOnlyTheInfrastructureWhenNoServiceIsWanted() {
		assertThat(StackSettings.fromEnvironment(Map.of("LOCAL_STACK_SERVICES", "none"), ROOT).services()).isEmpty();
	}

	@Test
	void namesTheVariableWhoseValueIsUnusable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_KAFKA_PORT", "kafka"), ROOT))
			.withMessageContaining("LOCAL_KAFKA_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_POSTGRES_PORT", "70000"), ROOT))
			.withMessageContaining("LOCAL_POSTGRES_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_STACK_KEEP_DATA", "maybe"), ROOT))
			.withMessageContaining("LOCAL_STACK_KEEP_DATA");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_STACK_SERVICES", "billing-service"), ROOT))
			.withMessageContaining("billing-service");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_DATABASE_URL", "jdbc:mysql://db/x"), ROOT))
			.withMessageContaining("jdbc:mysql://db/x");
	}

}
