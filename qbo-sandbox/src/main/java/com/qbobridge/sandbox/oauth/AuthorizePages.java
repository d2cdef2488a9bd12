package com.qbobridge.sandbox.oauth;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The server-rendered pages of the authorize flow, with stable ids and names for browser tests.
 */
final class AuthorizePages {

	private AuthorizePages() {
	}

	static String login(String flowId, String appName, @Nullable String error) {
		String errorBlock = (error != null)
				? "<p id=\"login-error\" class=\"error\" role=\"alert\">" + escape(error) + "</p>" : "";
		return page("Sign in", """
				<h1>Sign in</h1>
				<p>One account. Everything Intuit. <strong>%s</strong> wants to connect to your QuickBooks company.</p>
				%s
				<form id="login-form" method="post" action="/connect/oauth2/login">
				  <input type="hidden" name="flow" value="%s">
				  <label for="username">Email or user ID</label>
				  <input id="username" name="username" type="text" autocomplete="username" required>
				  <label for="password">Password</label>
				  <input id="password" name="password" type="password" autocomplete="current-password" required>
				  <button id="sign-in" type="submit">Sign in</button>
				</form>
				""".formatted(escape(appName), errorBlock, escape(flowId)));
	}

	static String companyPicker(String flowId, List<CompanyChoice> companies) {
		StringBuilder options = new StringBuilder();
		for (int i = 0; i < companies.size(); i++) {
			CompanyChoice company = companies.get(i);
			options.append("""
					  <div class="company">
					    <input type="radio" id="realm-%1$s" name="realmId" value="%1$s"%3$s>
					    <label for="realm-%1$s">%2$s</label>
					  </div>
					""".formatted(escape(company.realmId()), escape(company.companyName()), (i == 0) ? " checked" : ""));
		}
		return page("Select a company", """
				<h1>Select a company</h1>
				<form id="company-form" method="post" action="/connect/oauth2/company">
				  <input type="hidden" name="flow" value="%s">
				%s  <button id="choose-company" type="submit">Next</button>
				</form>
				""".formatted(escape(flowId), options));
	}

	static String consent(String flowId, String appName, String companyName, String scope) {
		StringBuilder scopes = new StringBuilder();
		for (String item : scope.trim().split("\\s+")) {
			scopes.append("    <li class=\"scope\">").append(escape(item)).append("</li>\n");
		}
		return page("Connect", """
				<h1>Connect %s to %s</h1>
				<p>%s will be able to access the following in your QuickBooks company:</p>
				<ul id="scopes">
				%s</ul>
				<form id="consent-form" method="post" action="/connect/oauth2/consent">
				  <input type="hidden" name="flow" value="%s">
				  <button id="deny" type="submit" name="decision" value="deny">Cancel</button>
				  <button id="authorize" type="submit" name="decision" value="authorize">Connect</button>
				</form>
				""".formatted(escape(appName), escape(companyName), escape(appName), scopes, escape(flowId)));
	}

	static String error(String title, String message) {
		return page(title, """
				<h1 id="error-title">%s</h1>
				<p id="error-message">%s</p>
				""".formatted(escape(title), escape(message)));
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s | Intuit (QBO sandbox)</title>
				<style>
				  body { font-family: system-ui, sans-serif; background: #f4f5f8; margin: 0; }
				  main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
				         box-shadow: 0 1px 4px rgba(0,0,0,.15); }
				  label { display: block; margin-top: 1rem; }
				  input[type=text], input[type=password] { width: 100%%; padding: .5rem; box-sizing: border-box; }
				  button { margin-top: 1.5rem; padding: .6rem 1.2rem; }
				  .error { color: #b00020; }
				  .company { margin-top: .5rem; }
				  .company label { display: inline; margin: 0 0 0 .4rem; }
				</style>
				</head>
				<body>
				<main>
				%s
				<p><small>QBO sandbox, a local stand-in for Intuit's sign-in.</small></p>
				</main>
				</body>
				</html>
				""".formatted(escape(title), body);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	/** A company the signed-in user can connect. */
	record CompanyChoice(String realmId, String companyName) {

	}

}
