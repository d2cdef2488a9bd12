package com.qbobridge.cases;

import com.qbobridge.testsupport.architecture.MessagingRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules the package layout stands for, checked on every build: Kafka only through the backbone, and the case
 * register independent of how cases arrive.
 */
@AnalyzeClasses(packages = "com.qbobridge.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule only_the_backbone_talks_to_kafka = MessagingRules.onlyTheBackboneTalksToKafka();

	@ArchTest
	static final ArchRule the_case_register_knows_nothing_of_the_intake = noClasses().that()
		.resideInAPackage("..cases.register..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..cases.intake..");

}
