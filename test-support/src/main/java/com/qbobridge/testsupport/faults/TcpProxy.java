package com.qbobridge.testsupport.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on a local port in front of a real server (e.g. PostgreSQL), so that a test can cut a service off it
 * as a network partition or a stopped server would: {@link #cut()} drops every open connection and refuses new ones
 * (accepted, then closed at once) until {@link #restore()}. Bytes are passed through untouched.
 */
public final class TcpProxy implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TcpProxy.class);

	private final String targetHost;

	private final int targetPort;

	private final ServerSocket server;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicLong refused = new AtomicLong();

	private volatile boolean cut;

	private volatile boolean closed;

	private TcpProxy(String targetHost, int targetPort, ServerSocket server) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = server;
	}

	/**
	 * Starts a proxy on a free local port.
	 * @param targetHost the server's host
	 * @param targetPort the server's port
	 * @return the running proxy
	 */
	public static TcpProxy start(String targetHost, int targetPort) {
		try {
			ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
			TcpProxy proxy = new TcpProxy(targetHost, targetPort, server);
			Thread acceptor = new Thread(proxy::accept, "tcp-proxy-" + server.getLocalPort());
			acceptor.setDaemon(true);
			acceptor.start();
			logger.info("TCP proxy 127.0.0.1:{} -> {}:{}", server.getLocalPort(), targetHost, targetPort);
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the proxy's port", ex);
		}
	}

	/**
	 * The port clients connect to instead of the server's.
	 * @return the local port
	 */
	public int port() {
		return this.server.getLocalPort();
	}

	/** Drops every open connection and refuses new ones until {@link #restore()}. */
	public void cut() {
		this.cut = true;
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
		logger.info("TCP proxy {} cut off {}:{}", port(), this.targetHost, this.targetPort);
	}

	/** Passes connections through again. */
	public void restore() {
		this.cut = false;
		logger.info("TCP proxy {} passes to {}:{} again ({} connections refused meanwhile)", port(), this.targetHost,
				this.targetPort, this.refused.get());
	}

	/**
	 * How many connection attempts were refused while cut.
	 * @return the count since start
	 */
	public long refusedConnections() {
		return this.refused.get();
	}

	@Override
	public void close() {
		this.closed = true;
		closeQuietly(this.server);
		this.open.forEach(TcpProxy::closeQuietly);
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					this.refused.incrementAndGet();
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket();
				try {
					upstream.connect(new InetSocketAddress(this.targetHost, this.targetPort), 5_000);
				}
				catch (IOException ex) {
					closeQuietly(client);
					closeQuietly(upstream);
					continue;
				}
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				if (!this.closed) {
					logger.warn("TCP proxy {} could not accept", port(), ex);
				}
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (SocketException ex) {
				// one side closed or the proxy was cut
			}
			catch (IOException ex) {
				logger.debug("TCP proxy pipe ended", ex);
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "tcp-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
