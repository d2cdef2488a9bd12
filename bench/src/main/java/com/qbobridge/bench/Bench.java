package com.qbobridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.schemas.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Runs every figure of issue 13 side by side in one run on one stack and prints one table (also written to
 * {@code bench/target/report.md}). It reports; it never fails because a goal is missed.
 */
public final class Bench {

	private static final String SANDBOX_USER = "bench@example.com";

	private static final String SANDBOX_PASSWORD = "bench-sandbox";

	private static final int TIMED_CALLS = 5;

	/** About 11,000 unpaid: every service's hot paths are compiled by the JIT before anything is timed. */
	private static final int WARM_UP_INVOICES = 25_000;

	/**
	 * Approved (untimed) before figure 3, from the same import, so that figure 3 measures compiled code, not the JIT
	 * at work on the case path (generated companies share invoice numbers, so approvals of another company's drafts
	 * in the same account would clash with figure 3's as duplicate references).
	 */
	private static final int WARM_UP_APPROVALS = 5_000;

	private static final Duration LATENCY = Duration.ofSeconds(1);

	/** How long the cases figure waits without a new case before it counts the rest as lost. */
	private static final Duration STALL = Duration.ofSeconds(60);

	private final BenchSize size;

	/** The figures to run ({@code --only 1,2}): 1, 2 and 4, which takes 3 and 5 with it; all when not given. */
	private final Set<String> only;

	private final List<Figure> figures = new ArrayList<>();

	private final Map<String, String> notes = new LinkedHashMap<>();

	private final Instant started = Instant.now();

	private final String loadBefore = loadAverage();

	private Bench(BenchSize size, Set<String> only) {
		this.size = size;
		this.only = only;
	}

	public static void main(String[] args) {
		String name = "small";
		String only = "1,2,4";
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--size") && i + 1 < args.length) {
				name = args[++i];
			}
			else if (args[i].startsWith("--size=")) {
				name = args[i].substring("--size=".length());
			}
			else if (args[i].equals("--only") && i + 1 < args.length) {
				only = args[++i];
			}
		}
		Set<String> figures = new LinkedHashSet<>(List.of(only.split(",")));
		if (!Set.of("1", "2", "4").containsAll(figures)) {
			throw new IllegalArgumentException("--only lists figures 1, 2 and 4 (which runs 3 and 5), not " + only);
		}
		new Bench(BenchSize.of(name), figures).run();
		System.exit(0);
	}

	private void run() {
		Path target = root().resolve("bench").resolve("target");
		log("Starting qbo-sandbox, the four services, Kafka and PostgreSQL (" + this.size.name() + " run)");
		try (Stack stack = Stack.start(this.size.sandboxHeap(), target.resolve("logs"))) {
			log("Stack up after " + seconds(this.started) + " s");
			measure(stack);
		}
		catch (RuntimeException ex) {
			record(Figure.failed("the run", "-", ex.toString()));
			ex.printStackTrace();
		}
		String report = render(true);
		System.out.println();
		System.out.println(report);
		write(report);
	}

	private void write(String report) {
		Path target = root().resolve("bench").resolve("target");
		try {
			Files.createDirectories(target);
			Files.writeString(target.resolve("report.md"), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void measure(Stack stack) {
		JsonHttp admin = new JsonHttp(stack.sandboxUrl, null);
		int fetchInvoices = this.size.fetchInvoices();
		log("Generating companies: 2 x " + fetchInvoices + " invoices and 1 x " + this.size.bigInvoices());
		String fetchRealm = createRealm(admin, "Bench Fetch Co", 1301, fetchInvoices);
		String latencyRealm = createRealm(admin, "Bench Latency Co", 1301, fetchInvoices);
		// A million invoices take the sandbox minutes to generate: only for the figures that use them.
		String bigRealm = this.only.contains("4")
				? createRealm(admin, "Bench Million Co", 1302, this.size.bigInvoices()) : null;
		String warmUpRealm = createRealm(admin, "Bench Warm-up Co", 1303, WARM_UP_INVOICES);
		List<String> realms = new ArrayList<>(List.of(fetchRealm, latencyRealm, warmUpRealm));
		if (bigRealm != null) {
			realms.add(bigRealm);
		}
		stack.sandbox.createUser(SANDBOX_USER, SANDBOX_PASSWORD, realms);
		ProductApi api = new ProductApi(stack.importsUrl);
		warmUp(api, api.connect(SANDBOX_USER, SANDBOX_PASSWORD, warmUpRealm));
		String fetchConnection = api.connect(SANDBOX_USER, SANDBOX_PASSWORD, fetchRealm);
		String latencyConnection = api.connect(SANDBOX_USER, SANDBOX_PASSWORD, latencyRealm);
		String bigConnection = (bigRealm != null) ? api.connect(SANDBOX_USER, SANDBOX_PASSWORD, bigRealm) : null;
		Map<String, JsonNode> stats = new LinkedHashMap<>();

		// 1. No injected latency.
		String fig1 = "1. " + count(this.size.unpaid()) + " unpaid invoices, no latency: request -> READY";
		if (this.only.contains("1")) {
			try {
				RawPager pager = RawPager.connect(stack.sandbox, SANDBOX_USER, SANDBOX_PASSWORD, fetchRealm);
				long unpaid = pager.countUnpaid();
				RawPager.Run raw = pager.pageUnpaid();
				record(Figure.reference("1r. the same pages, one plain sequential client (no latency)",
						String.format(Locale.ROOT, "%.1f s (%d calls, %s invoices, %s/s)", raw.seconds(), raw.calls(),
								count(raw.invoices()), count(raw.invoices() / raw.seconds()))));
				this.notes.put("Company for figures 1-2", count(fetchInvoices) + " generated invoices, " + count(unpaid)
						+ " unpaid");
				stack.sandbox.resetStats(fetchRealm);
				Map<String, Double> cpuBefore = CpuClock.now(stack.processIds());
				Timing timing = importOnce(api, fetchConnection);
				Map<String, Double> cpuAfter = CpuClock.now(stack.processIds());
				stats.put("figure 1 company", stack.sandbox.stats(fetchRealm));
				double rate = timing.invoices() / timing.seconds();
				record(Figure.atLeast(fig1, "<= 20 s for 100,000 (>= 5,000 invoices/s)", 5000, rate,
						String.format(Locale.ROOT, "%.1f s, %s invoices, %s/s%s%s", timing.seconds(),
								count(timing.invoices()), count(rate), timing.split(), timing.state())));
				record(Figure.reference("1c. CPU during figure 1, by process",
						CpuClock.between(cpuBefore, cpuAfter, timing.invoices())));
				ceilings(stack, timing);
			}
			catch (RuntimeException ex) {
				record(Figure.failed(fig1, ">= 5,000 invoices/s", ex.getMessage()));
			}
		}

		// 2. One second injected latency per QuickBooks call.
		String fig2 = "2. the same with 1 s latency per QuickBooks call: request -> READY";
		if (this.only.contains("2")) {
			try {
				RawPager pager = RawPager.connect(stack.sandbox, SANDBOX_USER, SANDBOX_PASSWORD, latencyRealm);
				stack.sandbox.faults(latencyRealm, Map.of("latencyMillis", LATENCY.toMillis()));
				RawPager.Run slow = pager.pageUnpaid();
				record(Figure.reference("2r. the same pages, one plain sequential client (1 s latency)",
						String.format(Locale.ROOT, "%.1f s (%d calls)", slow.seconds(), slow.calls())));
				stack.sandbox.resetStats(latencyRealm);
				Timing timing = importOnce(api, latencyConnection);
				stats.put("figure 2 company (1 s latency)", stack.sandbox.stats(latencyRealm));
				stack.sandbox.faults(latencyRealm, Map.of("latencyMillis", 0));
				double goal = 0.3 * slow.seconds();
				record(Figure.atMost(fig2,
						String.format(Locale.ROOT, "<= 0.3 x raw paging = %.1f s", goal), goal, timing.seconds(),
						String.format(Locale.ROOT, "%.1f s (%.2f x raw), %s invoices%s%s", timing.seconds(),
								timing.seconds() / slow.seconds(), count(timing.invoices()), timing.split(),
								timing.state())));
			}
			catch (RuntimeException ex) {
				record(Figure.failed(fig2, "<= 0.3 x raw paging", ex.getMessage()));
			}
		}

		// 4. The large company, with the heaps of the goal; GC logs read for the import's window.
		String fig4 = "4. " + count(this.size.bigInvoices()) + " invoices: import completes";
		String bigImport = null;
		if (bigRealm != null) {
			try {
				stack.sandbox.resetStats(bigRealm);
				Instant from = Instant.now();
				Timing timing = importOnce(api, bigConnection);
				Instant to = Instant.now();
				bigImport = timing.importId();
				stats.put("figure 4 company", stack.sandbox.stats(bigRealm));
				record(new Figure(fig4, "completes; connector -Xmx256m, others -Xmx512m",
						String.format(Locale.ROOT, "%s in %.1f s (%s unpaid invoices, %s/s)", timing.state().isEmpty()
								? "READY" : timing.state().trim(), timing.seconds(), count(timing.invoices()),
								count(timing.invoices() / timing.seconds())),
						"", timing.ready() ? "yes" : "no"));
				for (Stack.MeasuredService service : stack.services) {
					GcLog.Summary gc = GcLog.read(service.gcLog(), from, to);
					long max = Long.parseLong(service.maxHeap().replace("m", ""));
					long ooms = outOfMemoryErrors(service.log());
					boolean flat = gc.firstLiveMb() < 0 || gc.lastLiveMb() <= gc.firstLiveMb() + max / 4;
					record(new Figure("4" + (char) ('a' + stack.services.indexOf(service)) + ". heap and GC: "
							+ service.module(), "heap flat within -Xmx" + service.maxHeap(),
							String.format(Locale.ROOT,
									(gc.pauses() == 0) ? "no collection during the import%s"
											: "peak %d MB of %d MB; live after GC %d -> %d MB; %d pauses, %.0f ms GC (%.1f %% of the import)%s",
									(gc.pauses() == 0) ? new Object[] { oomNote(ooms) }
											: new Object[] { gc.peakUsedMb(), max, gc.firstLiveMb(), gc.lastLiveMb(),
													gc.pauses(), gc.pauseMillis(),
													100 * gc.pauseMillis() / 1000 / timing.seconds(), oomNote(ooms) }),
							"", (flat && ooms == 0 && service.alive()) ? "yes" : "no"));
				}
			}
			catch (RuntimeException ex) {
				record(Figure.failed(fig4, "completes", ex.getMessage()));
			}
		}

		// 3. Approvals of the large import's ready drafts, against a plain JDBC batch insert of the same rows.
		String fig3 = "3. " + count(this.size.approvals()) + " approvals -> cases";
		if (bigImport != null) {
			try {
				List<String> ready = api.readyDraftIds(bigImport);
				int warmUp = Math.max(0, Math.min(WARM_UP_APPROVALS, ready.size() - this.size.approvals()));
				warmUpApprovals(stack, api, bigImport, ready.subList(0, warmUp));
				List<String> chosen = ready.subList(warmUp, Math.min(ready.size(), warmUp + this.size.approvals()));
				long before = JdbcBaseline.countCases(stack.casesDatabase);
				Map<String, Double> cpuBefore = CpuClock.now(stack.processIds());
				long startedNanos = System.nanoTime();
				long approved = api.approve(bigImport, chosen);
				double approvalSeconds = (System.nanoTime() - startedNanos) / 1e9;
				CaseCount cases = awaitCases(stack, bigImport, before, chosen.size(), startedNanos);
				Map<String, Double> cpuAfter = CpuClock.now(stack.processIds());
				double rate = cases.created() / cases.seconds();
				awaitAnswers(stack, bigImport);
				ApprovalOutcomes.Outcomes outcomes = ApprovalOutcomes.read(stack.importsDatabase, stack.casesDatabase,
						bigImport, chosen);
				String answers = (cases.created() < chosen.size() || outcomes.created() != cases.created())
						? String.format(Locale.ROOT, "; of the %s approved (%s listed approved by the API): %s%s",
								count(chosen.size()), count(approved), outcomes.summary(),
								cases.stalled() ? " (no new case for " + STALL.toSeconds() + " s)" : "")
						: "";
				record(Figure.atLeast(fig3, ">= 2,000 cases/s", 2000, rate,
						String.format(Locale.ROOT, "%s cases in %.1f s (%s/s; the approval requests took %.1f s)%s",
								count(cases.created()), cases.seconds(), count(rate), approvalSeconds, answers)));
				record(Figure.reference("3c. CPU during figure 3, by process (per case)",
						CpuClock.between(cpuBefore, cpuAfter, cases.created()).replace("/invoice", "/case")));
				this.notes.put("Approvals of figure 3", outcomes.summary());
				outcomes.examples().forEach((reason, example) -> this.notes.put("Refused by case-service, " + reason
						+ " (" + count(outcomes.rejected().get(reason)) + ", of which "
						+ count(outcomes.referenceFromId().get(reason))
						+ " had no invoice number, so mapping used the QuickBooks id as reference), for example",
						example));
				this.notes.put("Report of the large import after the approvals",
						JdbcBaseline.fates(stack.importsDatabase, bigImport));
				JdbcBaseline.Result jdbc = JdbcBaseline.insertLikeCases(stack.casesDatabase, chosen.size());
				double jdbcRate = jdbc.rows() / jdbc.seconds();
				record(Figure.reference("3r. the same rows, plain JDBC batch insert (one transaction)",
						String.format(Locale.ROOT, "%s rows in %.2f s (%s/s)", count(jdbc.rows()), jdbc.seconds(),
								count(jdbcRate))));
				record(Figure.atLeast("3b. cases/s as a share of the JDBC batch insert", ">= 50 %", 0.5,
						rate / jdbcRate, String.format(Locale.ROOT, "%.1f %%", 100 * rate / jdbcRate)));
			}
			catch (RuntimeException ex) {
				record(Figure.failed(fig3, ">= 2,000 cases/s", ex.getMessage()));
			}
		}
		else if (bigRealm != null) {
			record(Figure.failed(fig3, ">= 2,000 cases/s", "the large import did not complete"));
		}

		// 5. First pages at the large import.
		if (bigImport != null) {
			long drafts = JdbcBaseline.countDrafts(stack.importsDatabase);
			this.notes.put("Drafts held by import-service for figure 5", count(drafts) + " (every import of the run)");
			firstPage(api, "5a. first page of drafts (50) at " + count(drafts) + " drafts",
					"/api/imports/" + bigImport + "/drafts?page=0&size=50");
			firstPage(api, "5b. first page of the import report", "/api/imports/" + bigImport + "/report/pages?page=0&size=50");
			firstPage(api, "5c. first page of cases (50)", "/api/cases?page=0&size=50");
		}

		// 6. What the sandbox saw per company.
		if (bigRealm != null) {
			stats.put("figure 4 company, after approvals", stack.sandbox.stats(bigRealm));
		}
		stats.forEach((company, counters) -> {
			long perMinute = counters.path("maxRequestsInAnyMinute").asLong();
			long concurrent = counters.path("maxConcurrentObserved").asLong();
			long throttled = counters.path("throttled").asLong();
			double ratio = Math.min(500.0 / Math.max(1, perMinute), 10.0 / Math.max(1, concurrent));
			record(new Figure("6. Intuit limits, " + company, "<= 500 requests/min, <= 10 concurrent",
					String.format(Locale.ROOT, "max %d/min, max %d concurrent, %d requests, %d throttled (429)",
							perMinute, concurrent, counters.path("requests").asLong(), throttled),
					String.format(Locale.ROOT, "%.2f", ratio),
					(perMinute <= 500 && concurrent <= 10 && throttled == 0) ? "yes" : "no"));
		});
	}

	/**
	 * Adds a row and rewrites the report at once, so that a run cut short still leaves what it measured.
	 */
	private void record(Figure figure) {
		this.figures.add(figure);
		write(render(false));
	}

	/**
	 * Waits until case-service holds the wanted cases, or has answered every approval of the import (a case or a
	 * refusal), or no new case arrived for {@link #STALL}.
	 * @return the cases created, the seconds from the first approval to the last case seen, and whether it stalled
	 */
	private CaseCount awaitCases(Stack stack, String importId, long before, int wanted, long startedNanos) {
		long deadline = System.nanoTime() + this.size.patience().toNanos();
		long last = before;
		long lastChangeNanos = System.nanoTime();
		int polls = 0;
		while (System.nanoTime() < deadline) {
			long now = JdbcBaseline.countCases(stack.casesDatabase);
			if (now != last) {
				last = now;
				lastChangeNanos = System.nanoTime();
			}
			if (now - before >= wanted) {
				break;
			}
			if (System.nanoTime() - lastChangeNanos > STALL.toNanos()) {
				return new CaseCount(last - before, (lastChangeNanos - startedNanos) / 1e9, true);
			}
			// Every approval answered (the rest refused): the import's report has no APPROVED entry left.
			if (++polls % 5 == 0 && ApprovalOutcomes.waiting(stack.importsDatabase, importId) == 0
					&& JdbcBaseline.countCases(stack.casesDatabase) == last) {
				break;
			}
			ProductApi.pause(200);
		}
		return new CaseCount(last - before, (lastChangeNanos - startedNanos) / 1e9, false);
	}

	/**
	 * Waits (untimed, at most a minute) until import-service has heard case-service's answer to every approval of the
	 * import, so that the outcomes read next describe the approvals, not how far the answers' delivery got.
	 */
	private static void awaitAnswers(Stack stack, String importId) {
		long deadline = System.nanoTime() + STALL.toNanos();
		while (System.nanoTime() < deadline && ApprovalOutcomes.waiting(stack.importsDatabase, importId) > 0) {
			ProductApi.pause(200);
		}
	}

	private void firstPage(ProductApi api, String figure, String path) {
		try {
			ProductApi.Timed timed = api.time(path, TIMED_CALLS);
			record(Figure.atMost(figure, "<= 300 ms", 300, timed.medianMillis(),
					String.format(Locale.ROOT, "median %.0f ms, max %.0f ms (HTTP %d, %s chars)", timed.medianMillis(),
							timed.maxMillis(), timed.status(), count(timed.bodyChars()))));
		}
		catch (RuntimeException ex) {
			record(Figure.failed(figure, "<= 300 ms", ex.getMessage()));
		}
	}

	/**
	 * The broker's and PostgreSQL's own speed for what figure 1 moved and stored, measured right after it: what
	 * limits drafting on this machine whatever the services do.
	 */
	private void ceilings(Stack stack, Timing timing) {
		int records = (int) Math.max(1, timing.invoices());
		try {
			BrokerCeiling.Result drafted = hop(stack, Topics.CASE_DRAFTED, records);
			BrokerCeiling.Result fetched = hop(stack, Topics.INVOICE_FETCHED, records);
			double both = 1 / (1 / fetched.perSecond() + 1 / drafted.perSecond());
			record(Figure.reference("1k. ceiling: the broker alone, the import's two hops",
					String.format(Locale.ROOT, "invoices fetched %s; drafts %s; both hops one after the other %s"
							+ " invoices/s (the services' producer settings, one consumer, %d partitions)",
							fetched.describe(), drafted.describe(), count(both), partitions(Topics.INVOICE_FETCHED))));
		}
		catch (RuntimeException ex) {
			record(Figure.reference("1k. ceiling: the broker alone", "not measured: " + ex.getMessage()));
		}
		try {
			String ofImport = "import_id = '" + UUID.fromString(timing.importId()) + "'";
			JdbcBaseline.Result drafts = JdbcBaseline.insertLike(stack.importsDatabase, "drafts", ofImport, records);
			JdbcBaseline.Result lines = JdbcBaseline.insertLike(stack.importsDatabase, "import_report", ofImport,
					records);
			double seconds = drafts.seconds() + lines.seconds();
			record(Figure.reference("1p. ceiling: PostgreSQL alone, the import's drafts and report lines",
					String.format(Locale.ROOT, "%s drafts in %.2f s + %s report lines in %.2f s: %s invoices/s"
							+ " (plain JDBC batch insert, one transaction)", count(drafts.rows()), drafts.seconds(),
							count(lines.rows()), lines.seconds(), count(drafts.rows() / seconds))));
		}
		catch (RuntimeException ex) {
			record(Figure.reference("1p. ceiling: PostgreSQL alone", "not measured: " + ex.getMessage()));
		}
	}

	private static BrokerCeiling.Result hop(Stack stack, String topic, int records) {
		byte[] sample = BrokerCeiling.sample(stack.kafkaBootstrapServers, topic)
			.orElseThrow(() -> new IllegalStateException(topic + " holds no record to copy"));
		return BrokerCeiling.oneHop(stack.kafkaBootstrapServers, sample, records, partitions(topic));
	}

	private static int partitions(String topic) {
		return Topics.named(topic).orElseThrow().partitions();
	}

	/**
	 * One import of a mid-sized company, untimed: the fetch figures measure services that have run for a while, not
	 * class loading and the JIT's first minutes (which took most of the CPU of a 10,000-invoice figure 1 after a
	 * 2,000-invoice warm-up: JFR showed compilations of over a second each adding up to more than the figure's wall
	 * time in every service). Nothing of it is approved: its invoice numbers are those of the other generated
	 * companies of the same account, so its cases would refuse figure 3's approvals as duplicate references.
	 */
	private void warmUp(ProductApi api, String connectionId) {
		importOnce(api, connectionId);
	}

	private void warmUpApprovals(Stack stack, ProductApi api, String importId, List<String> draftIds) {
		if (draftIds.isEmpty()) {
			return;
		}
		long before = JdbcBaseline.countCases(stack.casesDatabase);
		long startedNanos = System.nanoTime();
		api.approve(importId, draftIds);
		CaseCount cases = awaitCases(stack, importId, before, draftIds.size(), startedNanos);
		log(String.format(Locale.ROOT, "Warm-up: %s approvals -> %s cases in %.1f s", count(draftIds.size()),
				count(cases.created()), cases.seconds()));
	}

	private Timing importOnce(ProductApi api, String connectionId) {
		long startedNanos = System.nanoTime();
		String importId = api.startImport(connectionId);
		ProductApi.Ended ended = api.awaitEnd(importId, this.size.patience());
		double seconds = (ended.endedNanos() - startedNanos) / 1e9;
		String state = ended.job().path("state").asString();
		log("Import " + importId + " " + state + " after " + String.format(Locale.ROOT, "%.1f", seconds) + " s: "
				+ ended.job());
		double fetched = (ended.fetchedNanos() > 0) ? (ended.fetchedNanos() - startedNanos) / 1e9 : seconds;
		return new Timing(importId, seconds, ended.invoices(), ended.ready(),
				ended.ready() ? "" : " (ended " + state + ", not READY)", fetched);
	}

	private String createRealm(JsonHttp admin, String name, long seed, int invoices) {
		long startedNanos = System.nanoTime();
		String realmId = admin.post("/admin/realms", Map.of("companyName", name, "country", "US", "homeCurrency", "USD",
				"multiCurrencyEnabled", false, "seed", seed, "invoices", invoices), Duration.ofMinutes(20))
			.get("realmId")
			.asString();
		log("Generated " + name + " (" + count(invoices) + " invoices) in "
				+ String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9) + " s");
		return realmId;
	}

	private String render(boolean done) {
		StringBuilder out = new StringBuilder();
		out.append("## qbo-bridge bench (").append(this.size.name()).append(" run")
			.append(done ? "" : ", still running").append(")\n\n");
		out.append("Run ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(this.started.atOffset(ZoneOffset.UTC)
			.withNano(0))).append(" UTC, ").append(done ? "took " : "running for ").append(seconds(this.started))
			.append(" s on ").append(machine()).append("; load average (1/5/15 min) before ").append(this.loadBefore)
			.append(", ").append(done ? "after " : "now ").append(loadAverage()).append(".\n\n");
		out.append("| figure | goal | measured | ratio | met |\n|---|---|---|---|---|\n");
		for (Figure figure : this.figures) {
			out.append("| ").append(cell(figure.figure())).append(" | ").append(cell(figure.goal())).append(" | ")
				.append(cell(figure.measured())).append(" | ").append(figure.ratio()).append(" | ")
				.append(figure.met()).append(" |\n");
		}
		out.append("\nRatio: how far from the goal, 1.00 or more meets it (goal / measured for times, measured / goal")
			.append(" for rates). Heap \"flat\": live heap after the import's last collection at most a quarter of")
			.append(" -Xmx above its first.\n");
		this.notes.forEach((key, value) -> out.append("\n- ").append(key).append(": ").append(value));
		out.append('\n');
		return out.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "/").replace("\n", " ");
	}

	private static String oomNote(long ooms) {
		return (ooms > 0) ? "; " + ooms + " OutOfMemoryError in its log" : "";
	}

	private static long outOfMemoryErrors(Path log) {
		try (var lines = Files.lines(log)) {
			return lines.filter((line) -> line.contains("OutOfMemoryError")).count();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			cpu = lines.filter((line) -> line.startsWith("model name"))
				.findFirst()
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.orElse(cpu);
		}
		catch (IOException | UncheckedIOException ex) {
			// not Linux
		}
		long memoryGb = -1;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			memoryGb = Math.round(os.getTotalMemorySize() / 1e9);
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memoryGb + " GB RAM, Java "
				+ System.getProperty("java.version");
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String seconds(Instant since) {
		return Long.toString(Duration.between(since, Instant.now()).toSeconds());
	}

	private static String count(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static void log(String message) {
		System.out.println("[bench " + DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now().withNano(0))
				+ "] " + message);
	}

	/**
	 * The repository root: the nearest folder above the working directory that holds the Maven wrapper.
	 */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("shared-schemas"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("Not inside the repository: " + Path.of("").toAbsolutePath());
	}

	/**
	 * One import, timed from the request to the moment it was first seen ended.
	 */
	private record CaseCount(long created, double seconds, boolean stalled) {

	}

	/**
	 * One import as the bench saw it.
	 *
	 * @param fetchedSeconds from the request until the import was first seen past FETCHING (every invoice published
	 * by the connector); the rest of {@code seconds} is drafting and storing
	 */
	private record Timing(String importId, double seconds, long invoices, boolean ready, String state,
			double fetchedSeconds) {

		String split() {
			return String.format(Locale.ROOT, "; every invoice fetched after %.1f s, drafted %.1f s later",
					this.fetchedSeconds, this.seconds - this.fetchedSeconds);
		}

	}

}
