package com.qbobridge.localstack.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import com.qbobridge.localstack.services.ServiceDefinition;
import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kustomize base and overlay in {@code deploy/}: probes on Actuator's health groups, resource requests, secrets
 * only by reference, lag-based scaling that fits the topics' partitions, and (where {@code kubectl} is installed) a
 * successful {@code kubectl kustomize} of the overlay.
 */
class KubernetesManifestsTests {

	private static final List<ServiceDefinition> SERVICES = List.of(ServiceDefinition.IMPORTS,
			ServiceDefinition.CONNECTOR, ServiceDefinition.MAPPING, ServiceDefinition.CASES);

	@Test
	void everyServiceHasProbesOnActuatorHealthGroupsAndResourceRequests() {
		List<Map<String, Object>> deployments = new ArrayList<>();
		SERVICES.forEach((service) -> deployments.add(deployment("deploy/base/" + service.name() + ".yaml")));
		deployments.add(deployment("deploy/components/qbo-sandbox/qbo-sandbox.yaml"));
		for (Map<String, Object> deployment : deployments) {
			Map<String, Object> container = container(deployment);
			String name = String.valueOf(Repository.at(deployment, "metadata", "name"));
			assertThat(Repository.at(container, "readinessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/readiness");
			assertThat(Repository.at(container, "livenessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			assertThat(Repository.map(Repository.at(container, "resources", "requests"))).as(name)
				.containsKeys("cpu", "memory");
			assertThat(Repository.map(Repository.at(container, "resources", "limits"))).as(name).containsKey("memory");
			assertThat(Repository.map(Repository.at(deployment, "spec", "template", "metadata", "annotations")))
				.containsEntry("prometheus.io/path", "/actuator/prometheus");
		}
	}

	@Test
	void secretsComeOnlyFromTheSecretAndEveryKeyIsInTheExampleWithoutAValue() throws Exception {
		Set<String> referenced = new HashSet<>();
		SERVICES.forEach(
				(service) -> referenced.addAll(secretKeys(deployment("deploy/base/" + service.name() + ".yaml"))));
		referenced.addAll(secretKeys(deployment("deploy/components/qbo-sandbox/qbo-sandbox.yaml")));

		List<String> example = Repository.read("deploy/overlays/staging/secrets.env.example")
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		assertThat(example).allSatisfy((line) -> assertThat(line).endsWith("="));
		assertThat(example.stream().map((line) -> line.substring(0, line.length() - 1)))
			.containsExactlyInAnyOrderElementsOf(referenced);
		assertThat(referenced).contains("QBO_CLIENT_SECRET", "TOKEN_ENCRYPTION_KEY", "SERVICE_TOKEN_SIGNING_KEY",
				"CONNECTOR_DATABASE_PASSWORD", "CASES_DATABASE_PASSWORD", "IMPORTS_DATABASE_PASSWORD");
		assertThat(Repository.read("deploy/overlays/staging/.gitignore").lines()).contains("secrets.env");
		assertThat(Files.exists(Repository.file("deploy/overlays/staging/secrets.env"))
				&& isTracked("deploy/overlays/staging/secrets.env")).isFalse();
		try (Stream<Path> files = Files.walk(Repository.file("deploy"))) {
			assertThat(files.filter(Files::isRegularFile)
				.map((file) -> Repository.read(Repository.root().relativize(file).toString())))
				.noneMatch((text) -> text.contains("kind: Secret"));
		}
	}

	@Test
	void scalesMappingAndCasesOnTheLagOfTheTopicTheyConsumeUpToItsPartitions() {
		List<Map<String, Object>> scaledObjects = Repository.yamlDocuments("deploy/base/autoscaling.yaml");
		assertThat(scaledObjects).extracting((object) -> Repository.at(object, "spec", "scaleTargetRef", "name"))
			.containsExactlyInAnyOrder("mapping-service", "case-service");
		for (Map<String, Object> scaledObject : scaledObjects) {
			assertThat(scaledObject).containsEntry("kind", "ScaledObject");
			String service = String.valueOf(Repository.at(scaledObject, "spec", "scaleTargetRef", "name"));
			Map<String, Object> trigger = Repository
				.map(Repository.list(Repository.at(scaledObject, "spec", "triggers")).get(0));
			assertThat(trigger).containsEntry("type", "kafka");
			Map<String, Object> metadata = Repository.map(trigger.get("metadata"));
			Topic topic = Topics.named(String.valueOf(metadata.get("topic"))).orElseThrow();
			assertThat(topic.consumers()).as(service + " consumes " + topic.name()).contains(service);
			assertThat(metadata).containsEntry("consumerGroup", service)
				.containsEntry("bootstrapServersFromEnv", "KAFKA_BOOTSTRAP_SERVERS")
				.containsEntry("allowIdleConsumers", "false")
				.containsKey("lagThreshold");
			assertThat((Integer) Repository.at(scaledObject, "spec", "maxReplicaCount"))
				.isLessThanOrEqualTo(topic.partitions());
			assertThat((Integer) Repository.at(scaledObject, "spec", "minReplicaCount")).isPositive();
		}
	}

	@Test
	void kustomizationsNameOnlyFilesThatExist() {
		for (String kustomization : List.of("deploy/base/kustomization.yaml",
				"deploy/components/qbo-sandbox/kustomization.yaml", "deploy/overlays/staging/kustomization.yaml")) {
			Map<String, Object> content = Repository.yaml(kustomization);
			Path folder = Repository.file(kustomization).getParent();
			for (String key : List.of("resources", "components")) {
				Object entries = content.get(key);
				if (entries != null) {
					for (Object entry : Repository.list(entries)) {
						assertThat(folder.resolve(String.valueOf(entry))).as(kustomization + " " + key).exists();
					}
				}
			}
		}
	}

	@Test
	void theOverlayBuildsWithKubectlWhereItIsInstalled(@TempDir Path copy) throws Exception {
		copyTree(Repository.file("deploy"), copy.resolve("deploy"));
		Path overlay = copy.resolve("deploy/overlays/staging");
		Files.writeString(overlay.resolve("secrets.env"),
				String.join("\n", Repository.read("deploy/overlays/staging/secrets.env.example")
					.lines()
					.filter((line) -> line.endsWith("="))
					.map((line) -> line + "x")
					.toList()));
		if (Repository.onPath("kubectl")) {
			Process process = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			String errors = new String(process.getErrorStream().readAllBytes());
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(errors).isZero();
			List<Map<String, Object>> resources = new ArrayList<>();
			new Yaml(new LoaderOptions()).loadAll(output)
				.forEach((document) -> resources.add(Repository.map(document)));
			assertThat(resources).extracting((resource) -> resource.get("kind"))
				.contains("Deployment", "Service", "ConfigMap", "Secret", "ScaledObject", "KafkaTopic", "Ingress");
			assertThat(resources).allSatisfy((resource) -> assertThat(Repository.at(resource, "metadata", "namespace"))
				.isEqualTo("qbo-bridge-staging"));
			assertThat(resources.stream().filter((resource) -> "KafkaTopic".equals(resource.get("kind"))))
				.hasSize(Topics.catalog().size() * 2);
			// GH-15: no demo user, only pages, API and OAuth callback exposed, the sandbox's admin API closed.
			assertThat(output).doesNotContain("creditor@example.com", "password-hash");
			List<String> exposed = new ArrayList<>();
			resources.stream()
				.filter((resource) -> "Ingress".equals(resource.get("kind")))
				.forEach((ingress) -> Repository.list(Repository.at(ingress, "spec", "rules"))
					.forEach((rule) -> Repository.list(Repository.at(Repository.map(rule), "http", "paths"))
						.forEach((path) -> exposed.add(Repository.map(path).get("pathType") + " "
								+ Repository.map(path).get("path")))));
			assertThat(exposed).containsExactlyInAnyOrder("Exact /oauth/quickbooks/callback", "Exact /",
					"Exact /favicon.ico", "Prefix /sign-in", "Prefix /sign-out", "Prefix /integrations",
					"Prefix /imports", "Prefix /cases", "Prefix /settings", "Prefix /ops", "Prefix /api",
					"Prefix /css", "Prefix /js", "Prefix /connect/oauth2");
			Map<String, Object> sandbox = resources.stream()
				.filter((resource) -> "Deployment".equals(resource.get("kind"))
						&& "qbo-sandbox".equals(Repository.at(resource, "metadata", "name")))
				.findFirst()
				.orElseThrow();
			assertThat(Repository.list(container(sandbox).get("env"))).anySatisfy((variable) -> {
				assertThat(Repository.map(variable)).containsEntry("name", "SANDBOX_ADMIN_TOKEN");
				assertThat(Repository.at(Repository.map(variable), "valueFrom", "secretKeyRef", "key"))
					.isEqualTo("SANDBOX_ADMIN_TOKEN");
			});
		}
		assertThat(overlay.resolve("kustomization.yaml")).exists();
	}

	private static Map<String, Object> deployment(String path) {
		return Repository.yamlDocuments(path)
			.stream()
			.filter((document) -> "Deployment".equals(document.get("kind")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		return Repository
			.map(Repository.list(Repository.at(deployment, "spec", "template", "spec", "containers")).get(0));
	}

	private static Set<String> secretKeys(Map<String, Object> deployment) {
		Set<String> keys = new HashSet<>();
		for (Object variable : Repository.list(container(deployment).get("env"))) {
			Map<String, Object> env = Repository.map(variable);
			assertThat(env.get("name")).as("a secret as a literal value")
				.satisfies((name) -> assertThat(env.containsKey("value")
						&& String.valueOf(name).matches(".*(SECRET|PASSWORD|ENCRYPTION_KEY)")).isFalse());
			Object from = env.get("valueFrom");
			if (from != null && Repository.map(from).containsKey("secretKeyRef")) {
				Map<String, Object> reference = Repository.map(Repository.map(from).get("secretKeyRef"));
				assertThat(reference).containsEntry("name", "qbo-bridge-secrets");
				keys.add(String.valueOf(reference.get("key")));
			}
		}
		return keys;
	}

	private static boolean isTracked(String path) throws Exception {
		Process git = new ProcessBuilder("git", "ls-files", "--error-unmatch", path)
			.directory(Repository.root().toFile())
			.redirectErrorStream(true)
			.start();
		git.getInputStream().readAllBytes();
		return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0;
	}

	private static void copyTree(Path source, Path target) throws Exception {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination);
				}
			}
		}
	}

}
