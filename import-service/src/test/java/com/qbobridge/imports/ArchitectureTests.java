package com.qbobridge.imports;

import com.qbobridge.testsupport.architecture.MessagingRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules the package layout stands for, checked on every build.
 */
@AnalyzeClasses(packages = "com.qbobridge.imports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule only_the_messaging_backbone_talks_to_kafka = MessagingRules.onlyTheBackboneTalksToKafka();

	@ArchTest
	static final ArchRule features_do_not_depend_on_web_adapters = noClasses().that()
		.resideInAnyPackage("com.qbobridge.imports.jobs", "com.qbobridge.imports.drafts",
				"com.qbobridge.imports.report", "com.qbobridge.imports.connections",
				"com.qbobridge.imports.cases", "com.qbobridge.imports.accounts", "com.qbobridge.imports.remote",
				"com.qbobridge.imports.ops")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.qbobridge.imports.web..", "com.qbobridge.imports.*.web..");

	// GH-11: domain exceptions carry their own ProblemDetail, so the service-wide advice needs no feature.
	@ArchTest
	static final ArchRule the_api_error_advice_knows_no_feature = noClasses().that()
		.haveFullyQualifiedName("com.qbobridge.imports.web.ProblemDetailsAdvice")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.qbobridge.imports.jobs..", "com.qbobridge.imports.drafts..",
				"com.qbobridge.imports.report..", "com.qbobridge.imports.connections..",
				"com.qbobridge.imports.cases..", "com.qbobridge.imports.accounts..", "com.qbobridge.imports.remote..",
				"com.qbobridge.imports.ops..", "com.qbobridge.imports.bulkfix..", "com.qbobridge.imports.review..",
				"com.qbobridge.imports.labels..", "com.qbobridge.imports.settings..");

	@ArchTest
	static final ArchRule only_remote_clients_call_other_services = noClasses().that()
		.resideOutsideOfPackages("com.qbobridge.imports.remote", "com.qbobridge.imports.connections",
				"com.qbobridge.imports.cases")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.web.client.RestClient");

	@ArchTest
	static final ArchRule feature_packages_without_their_web_adapters_are_free_of_cycles = slices()
		.matching("com.qbobridge.imports.(*)")
		.should()
		.beFreeOfCycles();

}
