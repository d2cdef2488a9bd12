package com.qbobridge.imports.accounts;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in with the users stored in the database and their hashed passwords, throttled per user name and per client
 * address; every page needs a signed-in user.
 */
@ImportServiceIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

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

	@Test // GH-15
	void locksAUserOutAfterRepeatedFailuresKnownOrNotForFormsAndBasicAlike() throws Exception {
		this.administration.addUserWithHash(new AccountAdministration.NewUser("acme", "Acme Supplies",
				"throttled@acme.test", List.of()), "{noop}the right password");
		for (int i = 0; i < 5; i++) {
			signIn("throttled@acme.test", "a wrong guess", "198.51.100.1").andExpect(unauthenticated());
			signIn("ghost@acme.test", "a wrong guess", "198.51.100.2").andExpect(unauthenticated());
		}

		signIn("throttled@acme.test", "the right password", "198.51.100.3").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		signIn("ghost@acme.test", "the right password", "198.51.100.3").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		this.mvc
			.perform(get("/api/connections").with(httpBasic("throttled@acme.test", "the right password"))
				.with(from("198.51.100.4")))
			.andExpect(status().isUnauthorized());
	}

	@Test // GH-15
	void locksAClientAddressOutThatTriesManyUserNames() throws Exception {
		for (int i = 0; i < 30; i++) {
			signIn("guess-" + i + "@acme.test", "a wrong guess", "198.51.100.50").andExpect(unauthenticated());
		}

		signIn("api@acme.test", "acme-secret", "198.51.100.50").andExpect(unauthenticated());
		signIn("api@acme.test", "acme-secret", "198.51.100.51").andExpect(authenticated());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password,
			String address) throws Exception {
		return this.mvc.perform(post("/sign-in").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void signsOut() throws Exception {
		this.mvc.perform(logout("/sign-out")).andExpect(redirectedUrl("/sign-in?signed-out"));
	}

}
