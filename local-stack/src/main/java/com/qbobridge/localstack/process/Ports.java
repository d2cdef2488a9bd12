package com.qbobridge.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that the ports the local stack needs are free before anything starts, so that a second run or another
 * program on 8080 gives one clear message instead of a service dying half-way through start-up.
 */
public final class Ports {

	private Ports() {
	}

	/**
	 * Fails if any of the ports is taken.
	 * @param wanted what each port is for, by port
	 * @throws PortsInUse naming every taken port and what needed it
	 */
	public static void requireFree(Map<Integer, String> wanted) {
		List<String> taken = new ArrayList<>();
		wanted.forEach((port, purpose) -> {
			if (!isFree(port)) {
				taken.add(port + " (" + purpose + ")");
			}
		});
		if (!taken.isEmpty()) {
			throw new PortsInUse(taken);
		}
	}

	/**
	 * Whether nothing listens on the port, on any address.
	 * @param port the TCP port
	 * @return true if a server could bind it now
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// As servers do: connections of a previous run in TIME_WAIT must not count as "in use".
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A port that is free now, for tests and side ports.
	 * @return a free port chosen by the operating system
	 */
	public static int anyFree() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
