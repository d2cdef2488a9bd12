package com.qbobridge.imports.connections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionStateTests {

	@Test
	void readsConnectorStatusesAsTheCreditorSeesThem() {
		assertThat(ConnectionState.of("ACTIVE").label()).isEqualTo("Active");
		assertThat(ConnectionState.of("REFRESHING")).isEqualTo(ConnectionState.ACTIVE);
		assertThat(ConnectionState.of("NEEDS_RECONNECT").label()).isEqualTo("Reconnect required");
		assertThat(ConnectionState.of("PERMISSION_MISSING").label()).isEqualTo("Permission missing");
		assertThat(ConnectionState.of("disconnected").label()).isEqualTo("Disconnected");
		assertThat(ConnectionState.of(null)).isEqualTo(ConnectionState.UNKNOWN);
		assertThat(ConnectionState.of("SOMETHING_NEW").canImport()).isFalse();
		assertThat(ConnectionState.ACTIVE.canImport()).isTrue();
	}

}
