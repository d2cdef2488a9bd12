package com.qbobridge.localstack.manifests;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.qbobridge.localstack.postgres.DatabaseServer;
import com.qbobridge.localstack.services.LocalSecrets;
import com.qbobridge.localstack.services.ServiceDefinition;
import com.qbobridge.localstack.services.ServiceEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml stays in step with the local run: the same services on the same ports with the same environment
 * variables, health checks and start order, secrets only from the environment, and Prometheus scraping every service.
 * Docker cannot run on the build machines; where a Compose client is installed, {@code config} validates the file too.
 */
class ComposeFileTests {

	private final Map<String, Object> services = Repository.map(Repository.yaml("docker-compose.yml").get("services"));

	@Test
	void buildsEveryServiceFromThisRepositoryOnItsLocalPort() {
		for (ServiceDefinition service : ServiceDefinition.all()) {
			Map<String, Object> compose = Repository.map(this.services.get(service.name()));
			assertThat(Repository.map(compose.get("build"))).containsEntry("dockerfile", "deploy/docker/Dockerfile")
				.containsEntry("context", ".");
			assertThat(Repository.map(Repository.at(compose, "build", "args"))).containsEntry("MODULE", service.name());
			assertThat(Repository.list(compose.get("ports"))).contains(service.port() + ":" + service.port());
		}
	}

	@Test
	void givesEveryServiceTheVariablesTheLocalRunGives() {
		LocalSecrets secrets = LocalSecrets.generate(new SecureRandom());
		DatabaseServer database = new DatabaseServer("jdbc:postgresql://localhost:15432/postgres", "postgres", "");
		for (ServiceDefinition service : ServiceDefinition.all()) {
			Map<String, Object> environment = Repository
				.map(Repository.at(this.services, service.name(), "environment"));
			assertThat(environment).as(service.name())
				.containsKeys(ServiceEnvironment.of(service, "kafka:9092", database, secrets)
					.keySet()
					.stream()
					// Compose, like deploy/, has the verifiers fetch the public key from import-service instead.
					.map((key) -> key.equals("SERVICE_TOKEN_JWK_SET") ? "SERVICE_TOKEN_JWK_SET_URI" : key)
					.toArray(String[]::new));
			assertThat(String.valueOf(environment.get("SERVER_PORT"))).isEqualTo(String.valueOf(service.port()));
			if (service.database() != null) {
				assertThat(environment).containsEntry("DATABASE_URL",
						"jdbc:postgresql://postgres:5432/" + service.database());
			}
		}
		assertThat(Repository.map(Repository.at(this.services, "connector-service", "environment")))
			.containsEntry("SPRING_PROFILES_ACTIVE", "qbo-sandbox")
			.containsEntry("QBO_API_BASE_URL", "http://qbo-sandbox:8090");
		assertThat(Repository.map(Repository.at(this.services, "import-service", "environment")))
			.containsEntry("CONNECTOR_URL", "http://connector-service:8081")
			.containsEntry("CASES_URL", "http://case-service:8083");
	}

	@Test
	void takesSecretsOnlyFromTheEnvironmentAndRefusesToStartWithoutThem() {
		for (String name : List.of("postgres", "qbo-sandbox", "connector-service", "case-service", "import-service")) {
			Map<String, Object> environment = Repository.map(Repository.at(this.services, name, "environment"));
			environment.forEach((key, value) -> {
				if (key.matches(".*(SECRET|PASSWORD|SIGNING_KEY|VERIFIER_TOKEN)|TOKEN_ENCRYPTION_KEY")) {
					assertThat(String.valueOf(value)).as(name + " " + key).matches("\\$\\{[A-Z_]+:\\?.+}");
				}
			});
		}
		assertThat(Repository.read("deploy/docker/compose-up.sh")).contains("POSTGRES_PASSWORD=",
				"SERVICE_TOKEN_SIGNING_KEY=", "QBO_CLIENT_SECRET=", "TOKEN_ENCRYPTION_KEY=", "QBO_WEBHOOK_VERIFIER_TOKEN=", ".local-stack/compose.env");
	}

	@Test
	void checksHealthAndStartsEachPartAfterWhatItNeeds() {
		this.services.forEach((name, definition) -> {
			if (!name.equals("kafka-init")) {
				assertThat(Repository.map(definition)).as(name + " has a health check").containsKey("healthcheck");
			}
		});
		for (ServiceDefinition service : ServiceDefinition.all()) {
			String test = Repository.list(Repository.at(this.services, service.name(), "healthcheck", "test"))
				.stream()
				.map(String::valueOf)
				.collect(Collectors.joining(" "));
			assertThat(test).contains("http://localhost:" + service.port() + "/actuator/health/readiness");
		}
		assertThat(conditions("connector-service")).containsEntry("postgres", "service_healthy")
			.containsEntry("qbo-sandbox", "service_healthy")
			.containsEntry("kafka-init", "service_completed_successfully");
		assertThat(conditions("case-service")).containsEntry("postgres", "service_healthy");
		assertThat(conditions("import-service")).containsEntry("connector-service", "service_healthy")
			.containsEntry("case-service", "service_healthy")
			.containsEntry("postgres", "service_healthy");
		assertThat(conditions("kafka-init")).containsEntry("kafka", "service_healthy");
		assertThat(conditions("grafana")).containsEntry("prometheus", "service_healthy");
	}

	@Test
	void createsTheServiceDatabasesOnAFreshVolume() {
		assertThat(Repository.list(Repository.at(this.services, "postgres", "volumes")))
			.contains("./deploy/docker/postgres-init:/docker-entrypoint-initdb.d:ro");
		assertThat(Repository.read("deploy/docker/postgres-init/create-databases.sql"))
			.contains("CREATE DATABASE connector;", "CREATE DATABASE cases;", "CREATE DATABASE imports;");
	}

	@Test
	void scrapesEveryServiceAndTheLagExporter() {
		Map<String, Object> prometheus = Repository.yaml("monitoring/prometheus/prometheus.yml");
		Map<String, String> targets = new HashMap<>();
		Map<String, String> paths = new HashMap<>();
		for (Object job : Repository.list(prometheus.get("scrape_configs"))) {
			Map<String, Object> config = Repository.map(job);
			String target = String.valueOf(Repository.list(
					Repository.map(Repository.list(config.get("static_configs")).get(0)).get("targets")).get(0));
			targets.put((String) config.get("job_name"), target);
			paths.put((String) config.get("job_name"), String.valueOf(config.get("metrics_path")));
		}
		for (ServiceDefinition service : ServiceDefinition.all()) {
			assertThat(targets).containsEntry(service.name(), service.name() + ":" + service.port());
			assertThat(paths).containsEntry(service.name(), "/actuator/prometheus");
		}
		assertThat(targets).containsEntry("kafka-exporter", "kafka-exporter:9308");
		assertThat(String.join(" ", Repository.list(Repository.at(this.services, "kafka-exporter", "command"))
			.stream()
			.map(String::valueOf)
			.toList())).contains("--kafka.server=kafka:9092");
		assertThat(Repository.list(Repository.at(this.services, "prometheus", "volumes")))
			.contains("./monitoring/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
	}

	@Test
	void isAValidComposeFileForTheComposeClientOfThisMachine() throws Exception {
		List<String> command = new ArrayList<>();
		if (Repository.onPath("docker-compose")) {
			command.add("docker-compose");
		}
		else if (Repository.onPath("docker") && exitCode(List.of("docker", "compose", "version")) == 0) {
			command.addAll(List.of("docker", "compose"));
		}
		// Parsing alone already ran in the other tests; the client adds the Compose schema and interpolation.
		if (!command.isEmpty()) {
			command.addAll(List.of("-f", "docker-compose.yml", "config", "-q"));
			ProcessBuilder builder = new ProcessBuilder(command).directory(Repository.root().toFile())
				.redirectErrorStream(true);
			builder.environment()
				.putAll(Map.of("POSTGRES_PASSWORD", "p", "SERVICE_TOKEN_SIGNING_KEY", "s", "QBO_CLIENT_SECRET", "c",
						"TOKEN_ENCRYPTION_KEY", "k"));
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
		}
		assertThat(Repository.read("deploy/docker/Dockerfile")).contains("ARG MODULE", "-pl \"${MODULE}\" -am package",
				"USER 10001");
	}

	private Map<String, String> conditions(String service) {
		return Repository.map(Repository.at(this.services, service, "depends_on"))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> String.valueOf(Repository.map(entry.getValue()).get("condition"))));
	}

	private static int exitCode(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
