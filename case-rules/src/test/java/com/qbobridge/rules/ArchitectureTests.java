package com.qbobridge.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the rules plain Java: only the auto-configuration knows Spring, only the request constraints know Bean
 * Validation, so that anyone can validate a draft with {@code new CaseDraftValidator(..)}.
 */
@AnalyzeClasses(packages = "com.qbobridge.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule the_rules_do_not_depend_on_spring_or_bean_validation = noClasses().that()
		.resideInAPackage("com.qbobridge.rules")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.validation..");

	@ArchTest
	static final ArchRule only_the_auto_configuration_knows_spring = noClasses().that()
		.resideOutsideOfPackage("com.qbobridge.rules.config")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	@ArchTest
	static final ArchRule the_rules_do_not_depend_on_their_adapters = noClasses().that()
		.resideInAPackage("com.qbobridge.rules")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.qbobridge.rules.config..", "com.qbobridge.rules.constraints..");

}
