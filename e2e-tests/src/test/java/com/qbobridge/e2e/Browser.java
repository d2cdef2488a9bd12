package com.qbobridge.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven by its chromedriver (never a downloaded browser), with a fresh profile, saving a
 * screenshot of every page the story passes through. Every page of the product it saves is also audited: axe-core
 * (vendored under {@code src/test/resources/axe}) finds no serious or critical violation, and no visible text shows a
 * raw field path or rule code.
 */
final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final ChromeDriver driver;

	// A field path (debtor.address.postalCode), a camelCase field name (postalCode) or a rule code
	// (ADDRESS_POSTAL_CODE_MISSING) in what the creditor reads.
	private static final Pattern RAW_FIELD = Pattern.compile(
			"(?<![\\w@/.-])(?:debtor|source)(?:\\.[a-zA-Z]+)+|\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

	private static final String AXE = axeSource();

	private int shots;

	private String story = "story";

	private String productUrl = "";

	/** Pages audited so far, with what axe-core found on each (moderate and minor included). */
	final List<String> audited = new ArrayList<>();

	// Problems found so far: collected over the whole story so that one run names every page's problems.
	private final List<String> problems = new ArrayList<>();

	Browser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + profile());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Audits every page of this origin that is saved as a screenshot; pages of other origins (qbo-sandbox, standing
	 * in for Intuit) are only saved.
	 */
	void auditPagesOf(String productUrl) {
		this.productUrl = productUrl;
	}

	/** Names the story, so that each story's screenshots sort together. */
	void story(String name) {
		this.story = name;
		this.shots = 0;
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void click(String css) {
		find(css).click();
	}

	WebDriverWait waitUpTo(Duration timeout) {
		return new WebDriverWait(this.driver, timeout, Duration.ofMillis(250));
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<nn>-<name>.png}.
	 */
	void screenshot(String name) {
		if (!this.productUrl.isEmpty() && this.driver.getCurrentUrl().startsWith(this.productUrl)) {
			audit(name);
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", this.story, ++this.shots, name)), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs axe-core on the page as it is now and reads its visible text: no serious or critical violation, no raw field
	 * path.
	 */
	@SuppressWarnings("unchecked")
	void audit(String name) {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.driver.executeScript(AXE);
		List<Object> violations = (List<Object>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact || '', help: v.help,
				    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')) }))))
				  .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
				""");
		List<String> serious = new ArrayList<>();
		List<String> all = new ArrayList<>();
		for (Object found : violations) {
			Map<String, Object> violation = (Map<String, Object>) found;
			String line = violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " "
					+ violation.get("nodes");
			all.add(line);
			if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
				serious.add(line);
			}
		}
		this.audited.add(name + " (" + all.size() + " axe findings" + (all.isEmpty() ? "" : ": " + all) + ")");
		serious.forEach((line) -> this.problems.add("axe-core on " + name + ": " + line));
		String text = (String) this.driver.executeScript("return document.body.innerText;");
		List<String> raw = new ArrayList<>();
		Matcher matcher = RAW_FIELD.matcher(text);
		while (matcher.find()) {
			raw.add(matcher.group());
		}
		raw.forEach((found) -> this.problems.add("raw field path or code on " + name + ": " + found));
	}

	/**
	 * No page audited so far had a serious or critical axe-core violation or showed a raw field path.
	 */
	void assertPagesClean() {
		assertThat(this.audited).as("pages audited").isNotEmpty();
		assertThat(this.problems).as("problems on the pages audited").isEmpty();
	}

	/**
	 * What the page transferred for its first view: the document and its scripts, and the JSON its scripts fetched,
	 * in bytes as sent (before any cache).
	 */
	@SuppressWarnings("unchecked")
	Map<String, Long> weight() {
		Map<String, Object> sizes = (Map<String, Object>) this.driver.executeScript("""
				const nav = performance.getEntriesByType('navigation')[0];
				const size = (e) => e.encodedBodySize || e.transferSize || 0;
				const resources = performance.getEntriesByType('resource');
				const js = resources.filter((r) => r.initiatorType === 'script' || /\\.js(\\?|$)/.test(r.name))
				  .reduce((n, r) => n + size(r), 0);
				const json = resources.filter((r) => r.initiatorType === 'fetch' || r.initiatorType === 'xmlhttprequest')
				  .reduce((n, r) => n + size(r), 0);
				return { html: size(nav), js: js, json: json };
				""");
		return Map.of("html", ((Number) sizes.get("html")).longValue(), "js", ((Number) sizes.get("js")).longValue(),
				"json", ((Number) sizes.get("json")).longValue());
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static String axeSource() {
		try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is missing from the test resources (/axe/axe.min.js)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String profile() {
		try {
			return Files.createTempDirectory("e2e-chromium-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
