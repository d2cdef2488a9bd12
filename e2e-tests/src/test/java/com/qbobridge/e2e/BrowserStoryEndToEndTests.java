package com.qbobridge.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The creditor's story in a real browser, page by page, against qbo-sandbox and the four services: sign in, connect
 * QuickBooks (sandbox login, company picker, consent), see the connection Active, import with a due-date filter,
 * watch the progress bar reach 100 %, find only the unpaid invoices in range, fix the draft that needs attention,
 * select, create cases and see them created. Every page is saved as a screenshot under
 * {@code target/screenshots}.
 */
class BrowserStoryEndToEndTests {

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		this.browser = new Browser();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void creditorConnectsImportsFixesAndCreatesCases() {
		Pipeline pipeline = Pipeline.get();
		StoryCompany company = StoryCompany.create(pipeline.sandbox, "browser-story@example.com", "WEB");
		Browser browser = this.browser;

		browser.open(pipeline.importServiceUrl() + "/sign-in");
		browser.screenshot("sign-in");
		browser.type("#username", Pipeline.APP_USER);
		browser.type("#password", Pipeline.APP_PASSWORD);
		browser.click("#sign-in");
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("signed-in-user")).isEmpty());

		browser.open(pipeline.importServiceUrl() + "/integrations");
		browser.screenshot("integrations");
		browser.click("#connect-quickbooks");

		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.name("username")).isEmpty());
		browser.screenshot("quickbooks-sign-in");
		browser.type("input[name=username]", company.username);
		browser.type("input[name=password]", company.password);
		browser.click("#sign-in");
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("choose-company")).isEmpty());
		browser.screenshot("quickbooks-company-picker");
		browser.click("input[name=realmId][value='" + company.realmId + "']");
		browser.click("#choose-company");
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("authorize")).isEmpty());
		browser.screenshot("quickbooks-consent");
		browser.click("#authorize");

		browser.waitUpTo(PIPELINE).until((driver) -> driver.getCurrentUrl().contains("/integrations?connected="));
		String connectionId = browser.driver.getCurrentUrl().replaceAll(".*connected=([0-9a-f-]+).*", "$1");
		String row = "tr[data-connection-id='" + connectionId + "'] [data-testid=connection-status]";
		browser.waitUpTo(PIPELINE).until((driver) -> {
			List<WebElement> status = driver.findElements(By.cssSelector(row));
			if (!status.isEmpty() && "ACTIVE".equals(status.get(0).getAttribute("data-state"))) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		assertThat(browser.find(row).getText()).isEqualTo("Active");
		browser.screenshot("connected");

		browser.click("#import-from-" + connectionId);
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("start-import")).isEmpty());
		new Select(browser.find("#import-date-field")).selectByValue("DUE_DATE");
		browser.type("#import-from", StoryCompany.from().toString());
		browser.type("#import-to", StoryCompany.to().toString());
		browser.screenshot("bulk-import");
		browser.click("#start-import");

		browser.waitUpTo(PIPELINE).until((driver) -> "100".equals(driver.findElements(By.id("import-progress"))
			.stream()
			.findFirst()
			.map((bar) -> bar.getAttribute("data-percent"))
			.orElse(null)));
		browser.waitUpTo(PIPELINE)
			.until((driver) -> driver.findElements(By.cssSelector("tr[data-testid=draft-row]")).size() == 3);
		browser.screenshot("imported");
		assertThat(browser.driver.findElements(By.cssSelector("tr[data-testid=draft-row] [data-testid=draft-invoice]")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrder(company.ready, company.missingPostalCode, company.partlyPaid);

		WebElement needsAttention = browser.find("tr[data-testid=draft-row][data-status=needs-attention]");
		String draftId = needsAttention.getAttribute("data-draft-id");
		assertThat(needsAttention.findElement(By.cssSelector("[data-testid=draft-invoice]")).getText())
			.isEqualTo(company.missingPostalCode);
		assertThat(needsAttention.findElements(By.cssSelector("[data-testid=draft-reasons] li")))
			.extracting((reason) -> reason.getAttribute("data-field"))
			.contains("debtor.address.postalCode");

		browser.click("#fix-" + draftId);
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("revalidate-" + draftId)).isEmpty());
		browser.screenshot("review-needs-attention");
		browser.type("#fix-" + draftId + "-debtor-address-postalCode", "78701");
		browser.click("#revalidate-" + draftId);
		browser.waitUpTo(PIPELINE)
			.until((driver) -> "READY"
				.equals(driver.findElement(By.id("status-" + draftId)).getAttribute("data-status")));
		browser.screenshot("review-fixed");

		browser.driver.navigate().back();
		browser.driver.navigate().refresh();
		browser.waitUpTo(PIPELINE)
			.until((driver) -> driver.findElements(By.cssSelector("tr[data-testid=draft-row][data-status=ready]"))
				.size() == 3);
		browser.click("#select-all-ready");
		assertThat(browser.find("#selected-count").getText()).startsWith("3");
		browser.click("#review-selected");
		browser.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("create-cases")).isEmpty());
		browser.screenshot("review-and-submit");
		browser.click("#create-cases");

		browser.waitUpTo(PIPELINE).until((driver) -> driver.findElement(By.id("outcomes-done")).isDisplayed());
		browser.screenshot("cases-created");
		// The review summarises outcomes as counts per fate: all three became cases.
		assertThat(browser.driver.findElements(By.cssSelector("[data-testid=outcome-count]")))
			.extracting((outcome) -> outcome.getAttribute("data-fate") + "=" + outcome.getAttribute("data-count"))
			.containsExactly("CASE_CREATED=3");
	}

}
