package com.qbobridge.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connect flow is bound to the browser that started it (GH-15), in headless Chromium with two browser profiles:
 * creditor A presses Connect and sends the QuickBooks link to a second browser, where someone signs in to QuickBooks
 * and consents. Back from Intuit, that browser (even signed in as A) gets the refusal page and no company is
 * connected to A's account.
 */
class ConnectFlowBindingEndToEndTests {

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	@Test // GH-15
	void aFlowStartedInOneBrowserIsRefusedInAnother() {
		Pipeline pipeline = Pipeline.get();
		String realmId = pipeline.sandbox.createRealm("Forwarded Link Inc", 1515, 1, 1);
		String owner = "forwarded-" + System.nanoTime() + "@example.com";
		pipeline.sandbox.createUser(owner, "sandbox-e2e", List.of(realmId));
		try (Browser starter = new Browser(); Browser other = new Browser()) {
			signIn(starter, pipeline);
			starter.open(pipeline.importServiceUrl() + "/integrations");
			starter.click("#connect-quickbooks");
			starter.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.name("username")).isEmpty());
			String forwardedLink = starter.driver.getCurrentUrl();

			other.open(forwardedLink);
			other.type("input[name=username]", owner);
			other.type("input[name=password]", "sandbox-e2e");
			other.click("#sign-in");
			other.waitUpTo(PIPELINE)
				.until((driver) -> !driver.findElements(By.id("choose-company")).isEmpty()
						|| !driver.findElements(By.id("authorize")).isEmpty());
			if (!other.driver.findElements(By.id("choose-company")).isEmpty()) {
				other.click("input[name=realmId][value='" + realmId + "']");
				other.click("#choose-company");
				other.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("authorize")).isEmpty());
			}
			other.click("#authorize");
			other.waitUpTo(PIPELINE).until((driver) -> !driver.findElements(By.id("username")).isEmpty());
			assertThat(other.driver.getCurrentUrl()).as("the second browser is not signed in").contains("/sign-in");
			signIn(other, pipeline);

			other.waitUpTo(PIPELINE)
				.until((driver) -> !driver.findElements(By.cssSelector("[data-testid=connect-refused]")).isEmpty());
			other.screenshot("connect-refused");
			assertThat(other.find("[data-testid=connect-refused]").getText()).contains("started in another browser");
			starter.open(pipeline.importServiceUrl() + "/integrations");
			assertThat(starter.driver.findElements(By.cssSelector("[data-testid=connection-company]")))
				.noneSatisfy((company) -> assertThat(company.getText()).contains("Forwarded Link Inc"));
		}
	}

	private static void signIn(Browser browser, Pipeline pipeline) {
		if (!browser.driver.getCurrentUrl().contains("/sign-in")) {
			browser.open(pipeline.importServiceUrl() + "/sign-in");
		}
		browser.type("#username", Pipeline.APP_USER);
		browser.type("#password", Pipeline.APP_PASSWORD);
		browser.click("#sign-in");
		browser.waitUpTo(PIPELINE).until((driver) -> driver.findElements(By.id("username")).isEmpty());
	}

}
