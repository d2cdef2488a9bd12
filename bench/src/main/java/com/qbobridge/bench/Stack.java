package com.qbobridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.testsupport.ProductProcesses;
import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The product as a deployment runs it ({@link ProductProcesses}), with the heaps the benchmark prescribes
 * (connector-service 256 MB, the others 512 MB) and a GC log per service, so that peak heap and GC time can be read.
 */
final class Stack implements AutoCloseable {

	static final String CONNECTOR_HEAP = "256m";

	static final String SERVICE_HEAP = "512m";

	final SandboxAdmin sandbox;

	final String sandboxUrl;

	final String importsUrl;

	final TestDatabase casesDatabase;

	final TestDatabase importsDatabase;

	final String kafkaBootstrapServers;

	final List<MeasuredService> services;

	private final ProductProcesses product;

	private Stack(ProductProcesses product, Path logs) {
		this.product = product;
		this.sandboxUrl = product.sandbox().baseUrl();
		this.sandbox = new SandboxAdmin(this.sandboxUrl);
		this.importsUrl = product.imports().baseUrl();
		this.casesDatabase = product.casesDatabase();
		this.importsDatabase = product.importsDatabase();
		this.kafkaBootstrapServers = product.kafkaBootstrapServers();
		this.services = product.services()
			.stream()
			.map((service) -> new MeasuredService(service, heapOf(service.module()), gcLog(logs, service.module())))
			.toList();
	}

	/**
	 * Starts everything, the services in parallel.
	 * @param sandboxHeap the sandbox's {@code -Xmx}: it holds every generated company in memory
	 * @param logs where each JVM's GC log goes
	 * @return the running stack
	 */
	static Stack start(String sandboxHeap, Path logs) {
		try {
			Files.createDirectories(logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// BENCH_JFR=1 records a flight recording per service (logs/<module>.jfr) to see where the time goes.
		boolean flightRecordings = "1".equals(System.getenv("BENCH_JFR"));
		ProductProcesses product = ProductProcesses.start((module) -> {
			if (module.equals("qbo-sandbox")) {
				// BENCH_ACCESS_LOG=1: every QuickBooks call with its start and duration (logs/qbo-sandbox-access.log),
				// to see how busy a company's ten concurrent slots were over an import.
				return "1".equals(System.getenv("BENCH_ACCESS_LOG")) ? List.of("-Xmx" + sandboxHeap,
						"-Dserver.tomcat.accesslog.enabled=true",
						"-Dserver.tomcat.accesslog.directory=" + logs.toAbsolutePath(),
						"-Dserver.tomcat.accesslog.prefix=qbo-sandbox-access", "-Dserver.tomcat.accesslog.suffix=.log",
						"-Dserver.tomcat.accesslog.file-date-format=",
						"-Dserver.tomcat.accesslog.pattern=%{begin:yyyy-MM-dd'T'HH:mm:ss.SSS}t %D %s %U%q")
						: List.of("-Xmx" + sandboxHeap);
			}
			List<String> options = new ArrayList<>(List.of("-Xmx" + heapOf(module),
					"-Xlog:gc:file=" + gcLog(logs, module) + ":utctime"));
			// BENCH_JAVA_OPTS: options for every service's JVM (not the sandbox's), e.g. another garbage collector.
			String extra = System.getenv("BENCH_JAVA_OPTS");
			if (extra != null && !extra.isBlank()) {
				options.addAll(List.of(extra.trim().split("\\s+")));
			}
			if (flightRecordings) {
				options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
						+ logs.resolve(module + ".jfr").toAbsolutePath());
			}
			return options;
		});
		return new Stack(product, logs);
	}

	/**
	 * The process of the sandbox and of each service, by module, for their CPU time.
	 * @return process id by module
	 */
	Map<String, Long> processIds() {
		Map<String, Long> pids = new LinkedHashMap<>();
		pids.put("qbo-sandbox", this.product.sandbox().pid());
		this.services.forEach((service) -> pids.put(service.module(), service.process().pid()));
		return pids;
	}

	@Override
	public void close() {
		this.product.close();
	}

	private static String heapOf(String module) {
		return module.equals("connector-service") ? CONNECTOR_HEAP : SERVICE_HEAP;
	}

	private static Path gcLog(Path logs, String module) {
		return logs.resolve(module + "-gc.log").toAbsolutePath();
	}

	/**
	 * A running service with the heap it was given and its GC log.
	 *
	 * @param process the service's JVM
	 * @param maxHeap its {@code -Xmx}, e.g. {@code 256m}
	 * @param gcLog its GC log
	 */
	record MeasuredService(ServiceProcess process, String maxHeap, Path gcLog) {

		String module() {
			return this.process.module();
		}

		Path log() {
			return this.process.log();
		}

		boolean alive() {
			return this.process.isAlive();
		}

	}

}
