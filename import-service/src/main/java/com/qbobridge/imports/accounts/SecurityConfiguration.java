package com.qbobridge.imports.accounts;

import java.nio.charset.StandardCharsets;

import com.qbobridge.servicetokens.ServiceTokenProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages sign in with a form and keep a session; the API accepts that session (with the CSRF token), a personal API
 * token ({@link ApiTokens}, no CSRF token needed) or HTTP Basic without a challenge (reads; writes need the CSRF
 * token), and answers an unauthenticated call with a 401 ProblemDetail instead of the sign-in page. The Operations page and
 * the actuator (but its probes and the Prometheus scrape) are for users with the {@link Role#OPERATOR} role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String UNAUTHORIZED = """
			{"type":"https://qbobridge.com/problems/unauthenticated","title":"Sign-in required","status":401,\
			"detail":"Sign in, or send a personal API token (Authorization: Bearer qbo_pat_...), to use the API."}""";

	private static final String FORBIDDEN = """
			{"type":"https://qbobridge.com/problems/operator-role-required","title":"Operators only","status":403,\
			"detail":"Only users with the OPERATOR role may see the pipeline's operations."}""";

	private static final RequestMatcher API_CALLS = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private static final RequestMatcher ACTUATOR_CALLS = PathPatternRequestMatcher.withDefaults()
		.matcher("/actuator/**");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountUsers users)
			throws Exception {
		// No WWW-Authenticate: Basic challenge (GH-15): a browser then never caches Basic credentials for this
		// site, so it cannot be made to send them along with a cross-site request.
		AuthenticationEntryPoint api = (request, response, exception) -> {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
		};
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/sign-in", "/css/**", "/js/**", "/favicon.ico", "/error", "/v3/api-docs",
					"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			// The public half of the service-token key, for connector-service and case-service to verify with.
			.requestMatchers(HttpMethod.GET, ServiceTokenProperties.JWK_SET_PATH)
			.permitAll()
			// Probes and the Prometheus scrape come without credentials; every other endpoint is for operators.
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/ops", "/ops/**", "/api/ops/**", "/actuator/**")
			.hasRole(Role.OPERATOR.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.defaultSuccessUrl("/integrations")
				.failureUrl("/sign-in?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(api))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint(api))
				.accessDeniedHandler(accessDenied()))
			// Personal API tokens, the credential of scripts.
			.addFilterBefore(new ApiTokenAuthentication(tokens, users, api),
					BasicAuthenticationFilter.class)
			// Only requests carrying a personal API token skip the CSRF check (GH-15): no browser sends one by
			// itself, and one that is not an active token ends in a 401. Forms, page scripts and HTTP Basic
			// requests that change something send the CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ApiTokenAuthentication.BEARER_TOKEN));
		return http.build();
	}

	/**
	 * API and actuator calls get the 401 problem, pages the sign-in page, whatever the request's Accept header says.
	 */
	private static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint api) {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
		return (request, response, exception) -> (machineCall(request) ? api : signIn).commence(request, response,
				exception);
	}

	/**
	 * A signed-in user without the role gets a 403 problem from the API and the actuator, and "not found" for the
	 * Operations page: creditors need not learn that it exists.
	 */
	private static AccessDeniedHandler accessDenied() {
		AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				standard.handle(request, response, exception);
			}
			else if (machineCall(request)) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream().write(FORBIDDEN.getBytes(StandardCharsets.UTF_8));
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		};
	}

	private static boolean machineCall(HttpServletRequest request) {
		return API_CALLS.matches(request) || ACTUATOR_CALLS.matches(request);
	}

	/**
	 * Passwords checked against the users in the database, behind the sign-in throttle; the one provider for form
	 * sign-in and HTTP Basic.
	 */
	@Bean
	AuthenticationProvider throttledAuthentication(AccountUsers users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthentication(passwords, throttle);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
