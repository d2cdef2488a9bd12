#!/usr/bin/env bash
# Builds the product and runs all of it on this machine: a real Kafka broker (KRaft), PostgreSQL, the topics of the
# catalog, qbo-sandbox and the four services. Ctrl-C stops everything. Needs only Java 17.
# Ports: import-service 8080, connector 8081, mapping 8082, cases 8083, qbo-sandbox 8090, Kafka 9092/9093,
# PostgreSQL 15432. Settings (external Kafka or PostgreSQL, kept data, ...): local-stack/README.md.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "Java 17 or newer is needed: install a JDK (e.g. Temurin 17) and run ./run-local.sh again." >&2
  exit 1
fi

if [ "${SKIP_BUILD:-false}" != "true" ]; then
  echo "Building (./mvnw -B -ntp -DskipTests package; the first build downloads about 400 MB)..."
  ./mvnw -B -ntp -DskipTests package
fi

launcher=(local-stack/target/local-stack-*.jar)
if [ ! -f "${launcher[0]}" ]; then
  echo "No launcher jar in local-stack/target; run without SKIP_BUILD=true." >&2
  exit 1
fi

# The launcher runs in the background so that the terminal's Ctrl-C reaches only this script (a background job of a
# script ignores SIGINT, and so do the processes it starts): the script then sends SIGTERM to the launcher, which
# stops the services first, then Kafka, then PostgreSQL. A Ctrl-C sent to every process at once would stop them in
# any order.
java ${LOCAL_STACK_LAUNCHER_OPTS:-} -jar "${launcher[0]}" &
pid=$!

stop() {
  trap - INT TERM
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

wait "$pid"
