package com.qbobridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's unified GC log ({@code -Xlog:gc:file=...:utctime}) says about a time window: the most heap in use
 * just before a collection (the peak), the live heap after the first and the last collection (flat or growing), and
 * the collections' total pause time.
 */
final class GcLog {

	// [2026-12-02T18:50:01.123+0000][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 25M->5M(256M) 3.456ms
	private static final Pattern PAUSE = Pattern.compile(
			"^\\[([^\\]]+)\\].*GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

	private GcLog() {
	}

	/**
	 * Reads the collections of one window.
	 * @param log the GC log
	 * @param from the window's start
	 * @param to its end
	 * @return the summary
	 */
	static Summary read(Path log, Instant from, Instant to) {
		List<String> lines;
		try {
			lines = Files.readAllLines(log);
		}
		catch (IOException ex) {
			return new Summary(0, 0, -1, -1, 0, 0);
		}
		long peak = 0;
		long firstAfter = -1;
		long lastAfter = -1;
		long committed = 0;
		int pauses = 0;
		double pauseMillis = 0;
		for (String line : lines) {
			Matcher matcher = PAUSE.matcher(line);
			if (!matcher.find()) {
				continue;
			}
			Instant at = OffsetDateTime.parse(matcher.group(1), TIME).toInstant();
			if (at.isBefore(from) || at.isAfter(to)) {
				continue;
			}
			long before = Long.parseLong(matcher.group(3));
			long after = Long.parseLong(matcher.group(4));
			peak = Math.max(peak, before);
			committed = Math.max(committed, Long.parseLong(matcher.group(5)));
			if (firstAfter < 0) {
				firstAfter = after;
			}
			lastAfter = after;
			pauses++;
			pauseMillis += Double.parseDouble(matcher.group(6));
		}
		return new Summary(peak, committed, firstAfter, lastAfter, pauses, pauseMillis);
	}

	/**
	 * One window's collections.
	 *
	 * @param peakUsedMb the most heap in use before a collection
	 * @param peakCommittedMb the largest heap size the JVM had
	 * @param firstLiveMb heap in use after the window's first collection, -1 when there was none
	 * @param lastLiveMb heap in use after its last collection
	 * @param pauses how many pauses
	 * @param pauseMillis their total duration
	 */
	record Summary(long peakUsedMb, long peakCommittedMb, long firstLiveMb, long lastLiveMb, int pauses,
			double pauseMillis) {

	}

}
