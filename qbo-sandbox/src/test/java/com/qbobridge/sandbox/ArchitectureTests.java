package com.qbobridge.sandbox;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages independent in the directions that matter: the domain (accounting) knows nothing of
 * OAuth, the gateway or the admin API, and nothing but the admin API's own package uses it.
 */
@AnalyzeClasses(packages = "com.qbobridge.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule accounting_does_not_know_oauth_gateway_or_admin = noClasses().that()
		.resideInAPackage("..sandbox.accounting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..sandbox.oauth..", "..sandbox.gateway..", "..sandbox.admin..", "..sandbox.limits..");

	@ArchTest
	static final ArchRule nothing_depends_on_the_admin_api = noClasses().that()
		.resideOutsideOfPackage("..sandbox.admin..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..sandbox.admin..");

	@ArchTest
	static final ArchRule feature_packages_have_no_cycles = slices().matching("com.qbobridge.sandbox.(*)..")
		.should()
		.beFreeOfCycles();

}
