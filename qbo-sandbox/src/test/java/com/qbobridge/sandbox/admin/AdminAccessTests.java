package com.qbobridge.sandbox.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAccessTests {

	@Test // GH-15
	void withoutATokenAnswersOnlyThisMachine() throws Exception {
		AdminAccess access = new AdminAccess(new AdminAccessProperties(null));

		assertThat(call(access, "/admin/realms", "127.0.0.1", null).getStatus()).isEqualTo(200);
		assertThat(call(access, "/admin/realms", "0:0:0:0:0:0:0:1", null).getStatus()).isEqualTo(200);
		MockHttpServletResponse outside = call(access, "/admin/realms", "10.1.2.3", null);
		assertThat(outside.getStatus()).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
		assertThat(outside.getContentAsString()).contains("admin-local-only");
		assertThat(call(access, "/connect/oauth2", "10.1.2.3", null).getStatus()).as("not the admin API")
			.isEqualTo(200);
	}

	@Test // GH-15
	void withATokenRequiresItFromEveryone() throws Exception {
		AdminAccess access = new AdminAccess(new AdminAccessProperties("s3cr3t-admin-token"));

		assertThat(call(access, "/admin/realms", "127.0.0.1", null).getStatus()).isEqualTo(401);
		assertThat(call(access, "/admin/realms", "10.1.2.3", "Bearer wrong").getStatus()).isEqualTo(401);
		assertThat(call(access, "/admin/realms", "10.1.2.3", "Bearer s3cr3t-admin-token").getStatus())
			.isEqualTo(200);
	}

	private static MockHttpServletResponse call(AdminAccess access, String path, String address,
			String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		access.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
