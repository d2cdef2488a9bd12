package com.qbobridge.imports.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page and the home page, which leads to the Integrations page.
 */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn() {
		return "sign-in";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/integrations";
	}

}
