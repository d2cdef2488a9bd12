package com.qbobridge.localstack.manifests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned Grafana dashboard shows what the issue asks for (lag per topic and group, import throughput, QBO
 * calls, 429s, retries, circuit breakers) from the provisioned Prometheus data source and jobs that are scraped.
 */
class DashboardTests {

	private static final String OFFSET = "kafka_topic_partition_current_offset";

	private static final Pattern JOB = Pattern.compile("job=~?\"([^\"]+)\"");

	private final Map<String, Object> dashboard = Repository
		.yaml("monitoring/grafana/dashboards/qbo-bridge-pipeline.json");

	@Test
	void showsLagThroughputAndQuickBooksCalls() {
		List<String> expressions = expressions();
		assertThat(expressions)
			.anyMatch((expr) -> expr.contains("sum by (consumergroup, topic) (kafka_consumergroup_lag"));
		assertThat(expressions).anyMatch((expr) -> expr.contains(OFFSET + "{topic=\"connector.invoice-fetched\"}"));
		assertThat(expressions).anyMatch((expr) -> expr.contains(OFFSET + "{topic=\"cases.case-created\"}"));
		assertThat(expressions)
			.anyMatch((expr) -> expr.contains("http_client_requests_seconds_count") && expr.contains("status=\"429\""));
		assertThat(expressions).anyMatch((expr) -> expr.contains("resilience4j_retry_calls_total"));
		assertThat(expressions).anyMatch((expr) -> expr.contains("resilience4j_circuitbreaker_state"));
		assertThat(expressions).anyMatch((expr) -> expr.contains("-dlt"));
	}

	@Test
	void usesTheProvisionedDataSourceAndScrapedJobs() {
		Map<String, Object> datasource = Repository.map(Repository.list(
				Repository.yaml("monitoring/grafana/provisioning/datasources/prometheus.yml").get("datasources"))
			.get(0));
		Set<String> jobs = new HashSet<>();
		Object scrapeConfigs = Repository.yaml("monitoring/prometheus/prometheus.yml").get("scrape_configs");
		for (Object job : Repository.list(scrapeConfigs)) {
			jobs.add(String.valueOf(Repository.map(job).get("job_name")));
		}
		for (Object panel : Repository.list(this.dashboard.get("panels"))) {
			Map<String, Object> content = Repository.map(panel);
			if (!"row".equals(content.get("type"))) {
				assertThat(Repository.map(content.get("datasource"))).containsEntry("uid", datasource.get("uid"));
			}
		}
		for (String expr : expressions()) {
			Matcher job = JOB.matcher(expr);
			while (job.find()) {
				assertThat(jobs).containsAll(List.of(job.group(1).split("\\|")));
			}
		}
		Map<String, Object> provider = Repository.map(Repository.list(
				Repository.yaml("monitoring/grafana/provisioning/dashboards/qbo-bridge.yml").get("providers")).get(0));
		assertThat(Repository.at(provider, "options", "path")).isEqualTo("/var/lib/grafana/dashboards");
		assertThat(this.dashboard).containsEntry("uid", "qbo-bridge-pipeline");
	}

	private List<String> expressions() {
		List<String> expressions = new ArrayList<>();
		for (Object panel : Repository.list(this.dashboard.get("panels"))) {
			Object targets = Repository.map(panel).get("targets");
			if (targets != null) {
				Repository.list(targets)
					.forEach((target) -> expressions.add(String.valueOf(Repository.map(target).get("expr"))));
			}
		}
		return expressions;
	}

}
