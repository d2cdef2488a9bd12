package com.qbobridge.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver (never a downloaded browser), with a fresh profile, saving a
 * screenshot of every page the story passes through.
 */
final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final ChromeDriver driver;

	private int shots;

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
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", ++this.shots, name)), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
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
