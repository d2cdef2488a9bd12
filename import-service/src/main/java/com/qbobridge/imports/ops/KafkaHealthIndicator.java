package com.qbobridge.imports.ops;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Shows in {@code /actuator/health} (component {@code kafka}) whether the broker answers, with the lag report's
 * Admin client and timeout. It is not part of readiness: the pages and the API stay useful while Kafka is away, and
 * the outbox catches up afterwards.
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

	private final Admin admin;

	private final Duration timeout;

	KafkaHealthIndicator(Admin admin, OpsProperties properties) {
		super("Kafka health check failed");
		this.admin = admin;
		this.timeout = properties.brokerTimeout();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
	}

}
