package com.qbobridge.testsupport.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules that keep every service on the one messaging backbone ({@code pipeline-messaging}).
 */
public final class MessagingRules {

	private MessagingRules() {
	}

	/**
	 * No class of the service sends with a {@code KafkaTemplate} or builds Kafka clients of its own: events go
	 * through the backbone's outbox or {@code EventPublisher}, and records are consumed through its wiring.
	 * @return the rule
	 */
	public static ArchRule onlyTheBackboneTalksToKafka() {
		return noClasses().that()
			.resideOutsideOfPackage("com.qbobridge.messaging..")
			.should()
			.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
					.owner(com.tngtech.archunit.base.DescribedPredicate.describe("a Kafka template",
							(owner) -> owner.isAssignableTo("org.springframework.kafka.core.KafkaOperations")))))
			.orShould()
			.callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
					.owner(com.tngtech.archunit.base.DescribedPredicate.describe("a Kafka client or factory",
							(owner) -> owner.isAssignableTo("org.apache.kafka.clients.producer.Producer")
									|| owner.isAssignableTo("org.springframework.kafka.core.ProducerFactory")
									|| owner.isAssignableTo("org.springframework.kafka.core.ConsumerFactory")
									|| owner.isAssignableTo("org.springframework.kafka.listener.CommonErrorHandler")))))
			.as("only the messaging backbone sends to Kafka or builds Kafka clients, factories and error handlers")
			.because("one outbox, one consumer wiring and one dead-letter format serve every service");
	}

}
