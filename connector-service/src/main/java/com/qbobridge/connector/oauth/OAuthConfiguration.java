package com.qbobridge.connector.oauth;

import java.net.http.HttpClient;
import java.time.Clock;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.quickbooks.QuickBooksApi;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Wires the Intuit client registration (explicit URLs from configuration, client secret sent as HTTP Basic as Intuit
 * requires), Spring Security's token response clients for code exchange and refresh, and the token store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QuickBooksOAuthProperties.class, TokenEncryptionProperties.class,
		ConnectFlowProperties.class, KeepAliveProperties.class })
class OAuthConfiguration {

	/** The registration id, also the provider name in logs. */
	static final String REGISTRATION_ID = "intuit";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ClientRegistration intuitClientRegistration(QuickBooksOAuthProperties properties) {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Intuit QuickBooks Online")
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(properties.redirectUri().toString())
			.scope(properties.scopes())
			.authorizationUri(properties.authorizationUri().toString())
			.tokenUri(properties.tokenUri().toString())
			.build();
	}

	@Bean
	RestClient oauthRestClient(RestClient.Builder builder, QuickBooksOAuthProperties properties) {
		return builder.clone()
			// Intuit then also says when the grant's 5-year cap ends (x_refresh_token_hard_expires_in).
			.defaultHeader(IntuitTokenResponses.INCLUDE_HARD_EXPIRY, "true")
			.requestFactory(requestFactory(properties))
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

	@Bean
	RestClientAuthorizationCodeTokenResponseClient authorizationCodeTokenResponseClient(RestClient oauthRestClient) {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(oauthRestClient);
		return client;
	}

	@Bean
	RestClientRefreshTokenTokenResponseClient refreshTokenTokenResponseClient(RestClient oauthRestClient) {
		RestClientRefreshTokenTokenResponseClient client = new RestClientRefreshTokenTokenResponseClient();
		client.setRestClient(oauthRestClient);
		return client;
	}

	@Bean
	TokenCipher tokenCipher(TokenEncryptionProperties properties) {
		return new TokenCipher(properties);
	}

	@Bean
	TokenStore tokenStore(JdbcClient jdbc, TokenCipher cipher) {
		return new TokenStore(jdbc, cipher);
	}

	@Bean
	TokenRevocation tokenRevocation(RestClient.Builder builder, QuickBooksOAuthProperties properties) {
		return new TokenRevocation(builder.clone().requestFactory(requestFactory(properties)).build(), properties);
	}

	private static JdkClientHttpRequestFactory requestFactory(QuickBooksOAuthProperties properties) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.timeout());
		return requests;
	}

	@Bean
	JdbcAuthorizationRequestRepository authorizationRequestRepository(JdbcClient jdbc,
			QuickBooksOAuthProperties properties, Clock clock) {
		return new JdbcAuthorizationRequestRepository(jdbc, properties, clock);
	}

	@Bean
	AccessTokens accessTokens(TokenStore store, RestClientRefreshTokenTokenResponseClient refreshClient,
			ClientRegistration registration, ConnectionManagement connections, TransactionTemplate transactions,
			QuickBooksOAuthProperties properties, MeterRegistry meters, Clock clock) {
		return new AccessTokens(store, refreshClient, registration, connections, transactions, properties, meters,
				clock);
	}

	@Bean
	TokenKeepAlive tokenKeepAlive(TokenStore store, AccessTokens tokens, KeepAliveProperties properties,
			Clock clock) {
		return new TokenKeepAlive(store, tokens, properties, clock);
	}

	@Bean
	QuickBooksAccess quickBooksAccess(QuickBooksApi api, AccessTokens tokens, ConnectionManagement connections) {
		return new QuickBooksAccess(api, tokens, connections);
	}

	@Bean
	ConnectFlow connectFlow(ClientRegistration registration, JdbcAuthorizationRequestRepository requests,
			RestClientAuthorizationCodeTokenResponseClient codeClient, QuickBooksApi api, TokenStore tokens,
			TokenRevocation revocation, ConnectionManagement connections, TransactionTemplate transactions,
			ConnectFlowProperties flow, Clock clock) {
		return new ConnectFlow(registration, requests, codeClient, new CompanyReader(api), tokens, revocation,
				connections, transactions, flow.integrationsPageUrl(), clock);
	}

	@Bean
	Disconnection disconnection(TokenStore tokens, TokenRevocation revocation, ConnectionManagement connections,
			TransactionTemplate transactions) {
		return new Disconnection(tokens, revocation, connections, transactions);
	}

}
