package com.qbobridge.imports.ops.web;

import com.qbobridge.imports.ops.ConsumerLag;
import com.qbobridge.imports.ops.LagReport;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lag report as JSON for operators and their scripts: consumer lag per topic, group and partition, and the
 * records waiting in each dead-letter topic.
 */
@RestController
public class OpsApiController {

	private final ConsumerLag consumerLag;

	public OpsApiController(ConsumerLag consumerLag) {
		this.consumerLag = consumerLag;
	}

	@GetMapping("/api/ops/lag")
	@Operation(summary = "Consumer lag per topic and group, and dead-lettered records (operators only)")
	public LagReport lag() {
		return this.consumerLag.report();
	}

}
