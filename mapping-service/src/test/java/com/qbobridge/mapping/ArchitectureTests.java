package com.qbobridge.mapping;

import com.qbobridge.testsupport.architecture.MessagingRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the field table and the rules free of messaging, so that drafting stays a plain function that the benchmark,
 * the tests and any other transport can call, and keeps Kafka behind the messaging backbone.
 */
@AnalyzeClasses(packages = "com.qbobridge.mapping", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule drafting_does_not_depend_on_spring_or_kafka = noClasses().that()
		.resideInAPackage("..mapping.drafts..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.qbobridge.messaging..");

	@ArchTest
	static final ArchRule only_the_invoice_listener_talks_to_kafka = noClasses().that()
		.resideOutsideOfPackage("..mapping.invoices..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..", "com.qbobridge.messaging..");

	@ArchTest
	static final ArchRule only_the_messaging_backbone_talks_to_kafka = MessagingRules.onlyTheBackboneTalksToKafka();

}
