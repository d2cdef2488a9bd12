package com.qbobridge.imports.accounts;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Pages sign in with a form and keep a session; the API accepts that session (with the CSRF token) or HTTP Basic,
 * and answers an unauthenticated call with a 401 ProblemDetail instead of the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String UNAUTHORIZED = """
			{"type":"https://qbobridge.com/problems/unauthenticated","title":"Sign-in required","status":401,\
			"detail":"Sign in, or send HTTP Basic credentials, to use the API."}""";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint api = (request, response, exception) -> {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"qbo-bridge\"");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
		};
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/sign-in", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.defaultSuccessUrl("/integrations")
				.failureUrl("/sign-in?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(api))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint(api)))
			// A browser never adds an Authorization header by itself here (no Basic challenge on pages), so such
			// calls cannot be forged cross-site; page scripts send the CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null));
		return http.build();
	}

	/**
	 * API calls get the 401 problem, pages the sign-in page, whatever the request's Accept header says.
	 */
	private static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint api) {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
		RequestMatcher apiCalls = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		return (request, response, exception) -> (apiCalls.matches(request) ? api : signIn).commence(request,
				response, exception);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
