package com.qbobridge.imports.remote;

import java.net.http.HttpClient;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link RestClient} for one called service with its base URL and timeouts.
 */
public final class RemoteServiceClients {

	private RemoteServiceClients() {
	}

	/**
	 * A client for the service.
	 * @param builder Boot's builder (its message converters), must not be null
	 * @param service the service settings, must not be null
	 * @return a client whose relative URIs resolve against the service's URL
	 */
	public static RestClient create(RestClient.Builder builder, RemoteServicesProperties.Service service) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(service.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(service.readTimeout());
		return builder.clone().baseUrl(service.url().toString()).requestFactory(factory).build();
	}

}
