#!/bin/sh
# Generated from com.qbobridge.schemas.Topics.catalog(); do not edit. Regenerate with
#   java -cp local-stack/target/local-stack-0.1.0-SNAPSHOT.jar com.qbobridge.localstack.manifests.TopicManifests
# Creates the catalog's topics on the docker-compose broker (one broker: one replica).
set -eu
bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
topics=/opt/kafka/bin/kafka-topics.sh

"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic imports.import-requested --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=604800000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic imports.import-requested-dlt --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.invoice-fetched --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=259200000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.invoice-fetched-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.import-progressed --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=86400000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.import-progressed-dlt --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.import-completed --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=604800000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.import-completed-dlt --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.connection-status-changed --partitions 6 --replication-factor 1 --config cleanup.policy=compact
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.connection-status-changed-dlt --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic mapping.case-drafted --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=604800000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic mapping.case-drafted-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic mapping.invoice-not-drafted --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=604800000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic mapping.invoice-not-drafted-dlt --partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic imports.case-draft-approved --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic imports.case-draft-approved-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-created --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-created-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-rejected --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-rejected-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.invoice-changed --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic connector.invoice-changed-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=1209600000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-updated --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
"$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic cases.case-updated-dlt --partitions 12 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=2592000000
echo "Topics ready: 24"
