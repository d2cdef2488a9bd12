package com.qbobridge.imports.jobs.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in headless Chromium, driven through their element ids: sign in, start an import with live progress,
 * filter and sort the drafts, fix a rejected draft, create cases and see their outcomes, then the Operations page. Upstream services are
 * played by events on the real broker, so this checks the pages' scripts, not the other services.
 */
@ImportServiceIntegrationTest
class ImportPagesBrowserIntegrationTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	File profile;

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("chromium-profile").toFile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(env("CHROME_BINARY", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1600", "--user-data-dir=" + this.profile.getAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(90));
		// The drafts table is re-rendered from each page the server answers.
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	@Test
	void creditorImportsFixesAndSubmitsThroughThePages() {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Browser Bikes", "ACTIVE");

		// Sign in.
		open("/integrations");
		this.wait.until(ExpectedConditions.urlContains("/sign-in"));
		type("username", "creditor@example.com");
		type("password", "password");
		click("sign-in");
		this.wait.until(ExpectedConditions.urlContains("/integrations"));
		assertThat(byId("signed-in-account").getText()).isEqualTo("Acme Supplies");
		WebElement row = this.browser
			.findElement(By.cssSelector("tr[data-testid=connection-row][data-connection-id='" + connection + "']"));
		assertThat(row.findElement(By.cssSelector("[data-testid=connection-status]")).getText()).isEqualTo("Active");

		open("/integrations?error=access_denied");
		assertThat(byId("integration-error").getText()).startsWith("You declined access in QuickBooks");

		// Start an import; a wrong range is explained next to the field.
		open("/integrations");
		click("import-from-" + connection);
		this.wait.until(ExpectedConditions.urlContains("/imports?connection="));
		new Select(byId("import-date-field")).selectByValue("DUE_DATE");
		type("import-from", "2026-05-01");
		type("import-to", "2026-01-01");
		click("start-import");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-to-error"),
				"must not be before"));
		type("import-from", "2026-01-01");
		type("import-to", "2026-10-31");
		click("start-import");
		this.wait.until(ExpectedConditions.urlMatches("/imports/[0-9a-f-]{36}$"));
		UUID importId = UUID.fromString(byId("import-page").getAttribute("data-import-id"));

		// Live progress while connector and mapping work.
		Upstream upstream = Upstream.of("acme", connection, importId);
		CaseDraft zeta = upstream.validDraft("130", "1001", "Zeta Foods", "500.00", LocalDate.of(2026, 4, 13));
		CaseDraft alpha = upstream.validDraft("131", "1002", "Alpha Farms", "120.50", LocalDate.of(2026, 6, 1));
		CaseDraft mid = upstream.draftWithoutPostalCode("132", "1003", "Mid Hardware", "300.00",
				LocalDate.of(2026, 5, 1));
		upstream.progressed(1, 1, 3L);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("import-state"), "data-state", "FETCHING"));
		upstream.drafted(zeta, 1);
		upstream.drafted(alpha, 2);
		upstream.rejected(mid, 3);
		upstream.completed(1, 3);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("import-progress"), "data-percent", "100"));
		this.wait.until(ExpectedConditions.attributeToBe(By.id("import-state"), "data-state", "READY"));
		assertThat(byId("import-progress-label").getText()).isEqualTo("100 %");
		this.wait.until((driver) -> draftRows().size() == 3);
		assertThat(byId("drafts-page-info").getText()).isEqualTo("Page 1 of 1 (3 invoices)");
		assertThat(byId("drafts-prev").isEnabled()).isFalse();
		assertThat(byId("drafts-next").isEnabled()).isFalse();

		// Filter and sort: the server answers the page.
		new Select(byId("draft-filter")).selectByValue("needs-attention");
		this.wait.until((driver) -> draftRows().size() == 1);
		assertThat(draftRows()).singleElement().satisfies((r) -> {
			assertThat(r.getAttribute("data-status")).isEqualTo("needs-attention");
			assertThat(r.findElement(By.cssSelector("[data-testid=draft-reasons] li")).getAttribute("data-field"))
				.isEqualTo("debtor.address.postalCode");
		});
		new Select(byId("draft-filter")).selectByValue("all");
		this.wait.until((driver) -> draftRows().size() == 3);
		click("sort-amount");
		this.wait.until((driver) -> invoiceColumn().equals(List.of("1002", "1003", "1001")));
		click("sort-amount");
		this.wait.until((driver) -> invoiceColumn().equals(List.of("1001", "1003", "1002")));
		assertThat(byId("select-" + mid.draftId()).isEnabled()).isFalse();

		// Fix the rejected draft on the review page: a selection of one opens its fix form at once.
		click("fix-" + mid.draftId());
		this.wait.until(ExpectedConditions.urlContains("/review?selection="));
		assertThat(byId("summary-needs-attention").getAttribute("data-count")).isEqualTo("1");
		assertThat(byId("group-ADDRESS_POSTAL_CODE_MISSING").getText()).isEqualTo("1: Postal code missing");
		type("fix-" + mid.draftId() + "-debtor-address-postalCode", "94326");
		click("revalidate-" + mid.draftId());
		this.wait.until(ExpectedConditions.attributeToBe(By.id("status-" + mid.draftId()), "data-status", "READY"));
		this.wait.until(ExpectedConditions.attributeToBe(By.id("summary-ready"), "data-count", "1"));
		assertThat(this.browser.findElement(By.tagName("body")).getText()).doesNotContain("debtor.address.postalCode");

		// Select every ready draft and create the cases from the summary.
		open("/imports/" + importId);
		this.wait.until((driver) -> draftRows().size() == 3
				&& draftRows().stream().allMatch((r) -> "ready".equals(r.getAttribute("data-status"))));
		click("select-all-ready");
		this.wait.until(ExpectedConditions.textToBe(By.id("selected-count"), "3 selected"));
		click("review-selected");
		this.wait.until((driver) -> driver.findElements(By.cssSelector("[data-testid=review-row]")).size() == 3);
		assertThat(byId("summary-ready").getAttribute("data-count")).isEqualTo("3");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=currency-total][data-currency=USD]"))
			.getText()).contains("920.50");
		assertThat(byId("create-cases").getText()).isEqualTo("Create 3 cases");
		click("expand-" + zeta.draftId());
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fix-form-" + zeta.draftId())));
		assertThat(byId("expand-" + zeta.draftId()).getAttribute("aria-expanded")).isEqualTo("true");
		click("create-cases");
		KafkaRecords.await(Topics.CASE_DRAFT_APPROVED, (r) -> r.value().contains(importId.toString()), 3);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("review-row-" + zeta.draftId()), "data-outcome",
				"APPROVED"));

		UUID zetaCase = UUID.randomUUID();
		UUID existing = UUID.randomUUID();
		upstream.caseCreated(zeta, zetaCase);
		upstream.caseCreated(mid, UUID.randomUUID());
		upstream.duplicate(alpha, existing);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomes-done")));
		this.wait.until(ExpectedConditions.attributeToBe(By.id("review-row-" + zeta.draftId()), "data-outcome",
				"CASE_CREATED"));
		assertThat(byId("case-link-" + zeta.draftId()).getAttribute("href")).endsWith("/cases/" + zetaCase);
		this.wait.until(ExpectedConditions.attributeToBe(By.id("review-row-" + alpha.draftId()), "data-outcome",
				"DUPLICATE"));
		assertThat(byId("case-link-" + alpha.draftId()).getAttribute("href")).endsWith("/cases/" + existing);
		assertThat(byId("review-row-" + mid.draftId()).getAttribute("data-outcome")).isEqualTo("CASE_CREATED");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=outcome-count][data-fate=CASE_CREATED]"))
			.getAttribute("data-count")).isEqualTo("2");

		// The local user is an operator too: the Operations page shows where the drafts' topic stands.
		click("nav-ops");
		this.wait.until(ExpectedConditions.urlContains("/ops"));
		WebElement lag = byId("ops-lag-table").findElement(By.cssSelector("tr[data-testid=lag-row][data-topic='"
				+ Topics.CASE_DRAFTED + "'][data-group='import-service.case-drafted']"));
		assertThat(lag.findElement(By.cssSelector("[data-testid=lag-value]")).getText()).matches("\\d+");
		assertThat(this.browser.findElements(By.cssSelector("#ops-dead-letters-table tr[data-testid=dead-letter-row]")))
			.isNotEmpty();
	}

	private List<WebElement> draftRows() {
		return this.browser.findElements(By.cssSelector("tr[data-testid=draft-row]"));
	}

	private List<String> invoiceColumn() {
		return draftRows().stream()
			.map((r) -> r.findElement(By.cssSelector("[data-testid=draft-invoice]")).getText())
			.toList();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private WebElement byId(String id) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	private void click(String id) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	private void type(String id, String text) {
		WebElement input = byId(id);
		input.clear();
		input.sendKeys(text);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
