package com.qbobridge.localstack.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qbobridge.localstack.kafka.TopicSpec;

/**
 * Writes the topic files of {@code deploy/} from the topic catalog: Strimzi {@code KafkaTopic} resources for
 * Kubernetes and the script docker-compose runs to create topics. Generated, not hand-written, so that a topic added
 * to the catalog reaches every environment; {@code TopicManifestsTests} fails while the committed files are stale.
 * <p>
 * Run from the repository root after changing the catalog: {@code ./mvnw -B -ntp -pl shared-schemas,local-stack
 * -am package -DskipTests && java -cp local-stack/target/local-stack-0.1.0-SNAPSHOT.jar
 * com.qbobridge.localstack.manifests.TopicManifests}.
 */
public final class TopicManifests {

	/** The Strimzi {@code Kafka} resource the topics belong to. */
	public static final String STRIMZI_CLUSTER = "qbo-bridge";

	/** Replicas per partition in a real cluster: survives the loss of one broker while writes need two in sync. */
	public static final int CLUSTER_REPLICAS = 3;

	/** With {@code acks=all} a write needs this many in-sync replicas. */
	public static final int CLUSTER_MIN_IN_SYNC_REPLICAS = 2;

	/** Where the Strimzi topics go, relative to the repository root. */
	public static final Path STRIMZI_TOPICS = Path.of("deploy", "base", "kafka-topics.yaml");

	/** Where the docker-compose topic script goes, relative to the repository root. */
	public static final Path COMPOSE_TOPICS = Path.of("deploy", "docker", "create-topics.sh");

	private static final String REGENERATE = "java -cp local-stack/target/local-stack-0.1.0-SNAPSHOT.jar "
			+ TopicManifests.class.getName();

	private TopicManifests() {
	}

	/**
	 * Writes both files.
	 * @param args optionally the repository root; the working directory by default
	 * @throws IOException if a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path root = (args.length > 0) ? Path.of(args[0]) : Path.of("");
		List<TopicSpec> specs = TopicSpec.fromCatalog();
		write(root.resolve(STRIMZI_TOPICS), strimziTopics(specs));
		write(root.resolve(COMPOSE_TOPICS), composeTopicScript(specs));
		root.resolve(COMPOSE_TOPICS).toFile().setExecutable(true, false);
		System.out.println("Wrote " + root.resolve(STRIMZI_TOPICS) + " and " + root.resolve(COMPOSE_TOPICS));
	}

	/**
	 * One {@code KafkaTopic} per topic, as a multi-document YAML file.
	 * @param specs the topics
	 * @return the file content
	 */
	public static String strimziTopics(List<TopicSpec> specs) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Generated from com.qbobridge.schemas.Topics.catalog(); do not edit. Regenerate with\n");
		yaml.append("#   ").append(REGENERATE).append('\n');
		yaml.append("# (see deploy/README.md). Partitions and retention come from the catalog; dead-letter topics\n");
		yaml.append("# have their topic's partitions because failed records keep their partition number.\n");
		for (TopicSpec spec : specs) {
			yaml.append("---\n");
			yaml.append("apiVersion: kafka.strimzi.io/v1beta2\n");
			yaml.append("kind: KafkaTopic\n");
			yaml.append("metadata:\n");
			yaml.append("  name: ").append(spec.name()).append('\n');
			yaml.append("  labels:\n");
			yaml.append("    strimzi.io/cluster: ").append(STRIMZI_CLUSTER).append('\n');
			yaml.append("    app.kubernetes.io/part-of: qbo-bridge\n");
			yaml.append("spec:\n");
			yaml.append("  topicName: ").append(spec.name()).append('\n');
			yaml.append("  partitions: ").append(spec.partitions()).append('\n');
			yaml.append("  replicas: ").append(CLUSTER_REPLICAS).append('\n');
			yaml.append("  config:\n");
			clusterConfig(spec).forEach(
					(key, value) -> yaml.append("    ").append(key).append(": \"").append(value).append("\"\n"));
		}
		return yaml.toString();
	}

	/**
	 * A POSIX shell script that creates every topic with {@code kafka-topics.sh} of the {@code apache/kafka} image,
	 * leaving existing topics alone.
	 * @param specs the topics
	 * @return the script
	 */
	public static String composeTopicScript(List<TopicSpec> specs) {
		StringBuilder script = new StringBuilder();
		script.append("#!/bin/sh\n");
		script.append("# Generated from com.qbobridge.schemas.Topics.catalog(); do not edit. Regenerate with\n");
		script.append("#   ").append(REGENERATE).append('\n');
		script.append("# Creates the catalog's topics on the docker-compose broker (one broker: one replica).\n");
		script.append("set -eu\n");
		script.append("bootstrap=\"${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}\"\n");
		script.append("topics=/opt/kafka/bin/kafka-topics.sh\n\n");
		for (TopicSpec spec : specs) {
			script.append("\"$topics\" --bootstrap-server \"$bootstrap\" --create --if-not-exists --topic ")
				.append(spec.name())
				.append(" --partitions ")
				.append(spec.partitions())
				.append(" --replication-factor 1");
			spec.config().forEach((key, value) -> script.append(" --config ").append(key).append('=').append(value));
			script.append('\n');
		}
		script.append("echo \"Topics ready: ").append(specs.size()).append("\"\n");
		return script.toString();
	}

	private static Map<String, String> clusterConfig(TopicSpec spec) {
		Map<String, String> config = new TreeMap<>(spec.config());
		config.put("min.insync.replicas", String.valueOf(CLUSTER_MIN_IN_SYNC_REPLICAS));
		return config;
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
