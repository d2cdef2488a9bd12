#!/usr/bin/env bash
# Runs the resilience suite at full size and prints its table: scenario, invoices, lost, duplicated, stalled, result.
# Usage: reliability-tests/run.sh [--size full|reduced] [-Dtest=KillServiceIntegrationTests ...]
# The jars of qbo-sandbox and the four services are built first (package, never install).
set -uo pipefail

cd "$(dirname "$0")/.."
size=full
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:?--size needs full or reduced}"; shift 2 ;;
    --size=*) size="${1#--size=}"; shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
case "$size" in full|reduced) ;; *) echo "--size is full or reduced, not $size" >&2; exit 2 ;; esac

# -o: dependencies come from ~/.m2; drop it (RELIABILITY_MAVEN_OFFLINE=) on a machine that has not built the project.
offline="${RELIABILITY_MAVEN_OFFLINE--o}"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp $offline -pl qbo-sandbox,connector-service,mapping-service,case-service,import-service -am \
    package -DskipTests || exit 1
fi

results=reliability-tests/target/reliability-results.tsv
rm -f "$results"
started=$(date +%s)
# A full run takes long: each scenario's deadline is minutes, not seconds.
./mvnw -B -ntp $offline -pl test-support,reliability-tests verify -Dreliability.size="$size" \
  -Dtest.service.start-timeout=300s "${extra[@]}" > reliability-tests/target/run.log 2>&1
rc=$?
took=$(( $(date +%s) - started ))

echo
echo "Reliability suite, size $size, $(date -u +%Y-%m-%dT%H:%M:%SZ), took ${took} s (maven exit $rc; log reliability-tests/target/run.log)"
echo
echo "| scenario | invoices | lost | duplicated | stalled | result | what was seen |"
echo "|---|---|---|---|---|---|---|"
if [ -f "$results" ]; then
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$results"
  awk -F'\t' '$1 ~ /^ / { next } { n++; inv += $2; lost += $3; dup += $4; st += $5; if ($6 != "pass") bad++ }
    END { printf "| **%d scenarios** | %d | %d | %d | %d | %d failed | |\n", n, inv, lost, dup, st, bad }' "$results"
else
  echo "| (no scenario reported; see the log) | | | | | | |"
fi
grep -h "Tests run:.*Skipped" reliability-tests/target/run.log | tail -1
exit $rc
