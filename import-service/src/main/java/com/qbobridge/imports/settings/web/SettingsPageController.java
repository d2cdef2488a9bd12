package com.qbobridge.imports.settings.web;

import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.accounts.ApiTokens;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Settings page, where a user creates personal API tokens for scripts (the value shown once, in the answer to
 * the form, never stored) and revokes them (GH-15).
 */
@Controller
class SettingsPageController {

	private final ApiTokens tokens;

	SettingsPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Nullable String revoked,
			Model model) {
		model.addAttribute("tokens", this.tokens.active(user.caller()));
		if (revoked != null) {
			model.addAttribute("notice", "The token was revoked; scripts using it are refused from now on.");
		}
		return "settings";
	}

	@PostMapping("/settings/tokens")
	String create(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String name,
			Model model, HttpServletResponse response) {
		// The token is in this answer only: no cache may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			model.addAttribute("created", this.tokens.create(user.caller(), name));
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", "Give the token a name of 1 to 100 characters (at most 20 tokens).");
		}
		model.addAttribute("tokens", this.tokens.active(user.caller()));
		return "settings";
	}

	@PostMapping("/settings/tokens/{tokenId}/revoke")
	String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable UUID tokenId) {
		this.tokens.revoke(user.caller(), tokenId);
		return "redirect:/settings?revoked";
	}

}
