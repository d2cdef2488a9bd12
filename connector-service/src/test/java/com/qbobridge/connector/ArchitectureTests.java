package com.qbobridge.connector;

import com.qbobridge.connector.oauth.TokenCipher;
import com.qbobridge.connector.oauth.TokenStore;
import com.qbobridge.connector.oauth.Tokens;
import com.qbobridge.testsupport.architecture.MessagingRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.qbobridge.connector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule oauth_tokens_are_not_accessed_outside_oauth = noClasses().that()
		.resideOutsideOfPackage("..connector.oauth..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(TokenStore.class, Tokens.class, TokenCipher.class);

	@ArchTest
	static final ArchRule only_the_quickbooks_package_speaks_http_to_quickbooks = noClasses().that()
		.resideInAnyPackage("..connector.invoices..", "..connector.connections..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web.client..", "java.net.http..");

	@ArchTest
	static final ArchRule only_the_messaging_backbone_talks_to_kafka = MessagingRules.onlyTheBackboneTalksToKafka();

	@ArchTest
	static final ArchRule nothing_depends_on_the_web_layer = noClasses().that()
		.resideOutsideOfPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..connector.connections.web..");

}
