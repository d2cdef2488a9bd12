package com.qbobridge.imports.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A TCP port that accepts connections (the kernel completes the handshake) but never answers a Kafka request: a
 * broker that hangs.
 */
public final class SilentBroker implements AutoCloseable {

	private final ServerSocket socket;

	public SilentBroker() {
		try {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The address to bootstrap from.
	 * @return e.g. {@code 127.0.0.1:40123}
	 */
	public String bootstrapServers() {
		return this.socket.getInetAddress().getHostAddress() + ":" + this.socket.getLocalPort();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
