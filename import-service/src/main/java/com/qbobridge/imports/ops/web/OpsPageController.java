package com.qbobridge.imports.ops.web;

import com.qbobridge.imports.ops.BrokerNotAnswering;
import com.qbobridge.imports.ops.ConsumerLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Operations page: where records wait in the pipeline, for operators without Grafana. When the broker does not
 * answer in time the page still renders, saying so.
 */
@Controller
class OpsPageController {

	private static final Logger logger = LoggerFactory.getLogger(OpsPageController.class);

	private final ConsumerLag consumerLag;

	OpsPageController(ConsumerLag consumerLag) {
		this.consumerLag = consumerLag;
	}

	@GetMapping("/ops")
	String ops(Model model, HttpServletResponse response) {
		try {
			model.addAttribute("report", this.consumerLag.report());
		}
		catch (BrokerNotAnswering ex) {
			logger.warn("No lag report: {}", ex.getMessage());
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			model.addAttribute("brokerProblem", ex.getMessage());
		}
		return "ops";
	}

}
