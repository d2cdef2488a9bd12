package com.qbobridge.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.qbobridge.testsupport.TestDatabase;

/**
 * A TCP proxy between a service and its PostgreSQL server, so that a test can cut the network in the middle of the
 * service's work: {@link #cut()} closes every open connection at once (statements and commits in flight fail as
 * they would when the server goes away) and refuses new ones until {@link #restore()}.
 */
public final class DatabaseLink implements AutoCloseable {

	private final ServerSocket listener;

	private final String targetHost;

	private final int targetPort;

	private final TestDatabase database;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean cut;

	private volatile int connections;

	private final AtomicInteger refused = new AtomicInteger();

	private DatabaseLink(TestDatabase database) throws IOException {
		URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
		this.targetHost = server.getHost();
		this.targetPort = (server.getPort() > 0) ? server.getPort() : 5432;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.database = new TestDatabase(database.jdbcUrl()
			.replaceFirst("//[^/]+/", "//127.0.0.1:" + this.listener.getLocalPort() + "/"), database.username(),
				database.password());
		Thread acceptor = new Thread(this::accept, "database-link");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Opens a link to a database.
	 * @param database the real database
	 * @return the link, listening on a free local port
	 */
	public static DatabaseLink to(TestDatabase database) {
		try {
			return new DatabaseLink(database);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The database as seen through the link.
	 * @return the same database at the link's address
	 */
	public TestDatabase database() {
		return this.database;
	}

	/**
	 * How many connections the link has carried so far.
	 * @return the count
	 */
	public int connections() {
		return this.connections;
	}

	/**
	 * How many connection attempts the link refused while cut.
	 * @return the count
	 */
	public int refused() {
		return this.refused.get();
	}

	/**
	 * Cuts the link: open connections are closed, new ones refused.
	 */
	public synchronized void cut() {
		this.cut = true;
		this.open.forEach(DatabaseLink::closeQuietly);
		this.open.clear();
	}

	/**
	 * Lets connections through again.
	 */
	public void restore() {
		this.cut = false;
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket();
				server.connect(new InetSocketAddress(this.targetHost, this.targetPort), 5_000);
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				// Decided together with cut(), so that no connection opened during a cut slips through.
				synchronized (this) {
					if (this.cut) {
						this.refused.incrementAndGet();
						closeQuietly(client);
						closeQuietly(server);
						continue;
					}
					this.open.add(client);
					this.open.add(server);
					this.connections++;
				}
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				// The listener closed, or one connection failed to open: the client sees its connection fail.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// Cut or closed by either side.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "database-link-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() {
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
		cut();
	}

}
