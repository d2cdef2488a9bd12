package com.qbobridge.imports.accounts;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * Signing in with the configured, hashed passwords; every page needs a signed-in user.
 */
@ImportServiceIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signsInWithTheLocalAccountsBcryptHashedPassword() throws Exception {
		this.mvc.perform(formLogin("/sign-in").user("creditor@example.com").password("password"))
			.andExpect(authenticated().withUsername("creditor@example.com"))
			.andExpect(redirectedUrl("/integrations"));
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUser() throws Exception {
		this.mvc.perform(formLogin("/sign-in").user("creditor@example.com").password("passw0rd"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		this.mvc.perform(formLogin("/sign-in").user("nobody@example.com").password("password"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sign-in-error\"")));
	}

	@Test
	void pagesSendAnonymousVisitorsToTheSignInPage() throws Exception {
		for (String page : new String[] { "/integrations", "/imports", "/" }) {
			this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
		}
		this.mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username\"")))
			.andExpect(content().string(containsString("id=\"password\"")))
			.andExpect(content().string(containsString("id=\"sign-in\"")));
	}

	@Test
	void signsOut() throws Exception {
		this.mvc.perform(logout("/sign-out")).andExpect(redirectedUrl("/sign-in?signed-out"));
	}

}
