package com.qbobridge.imports.web;

import com.qbobridge.imports.accounts.AccountUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in account for its header.
 */
@ControllerAdvice(annotations = Controller.class)
class PagesAdvice {

	@ModelAttribute("signedIn")
	@Nullable AccountUser signedIn(@AuthenticationPrincipal @Nullable AccountUser user) {
		return user;
	}

}
