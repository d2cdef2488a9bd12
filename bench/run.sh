#!/usr/bin/env bash
# Builds what the benchmark needs, starts the product from its jars and prints issue 13's figures in one table
# (also written to bench/target/report.md). Usage: bench/run.sh [--size small|full] [--only 1,2,4]
# --only runs some figures: 1, 2, and 4 (the large import, which 3 and 5 use).
set -euo pipefail

cd "$(dirname "$0")/.."
size=small
only=1,2,4
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:?--size needs small or full}"; shift 2 ;;
    --size=*) size="${1#--size=}"; shift ;;
    --only) only="${2:?--only needs figures, e.g. 2 or 1,2}"; shift 2 ;;
    *) echo "usage: bench/run.sh [--size small|full] [--only 1,2,4]" >&2; exit 2 ;;
  esac
done
case "$size" in small|full) ;; *) echo "--size is small or full, not $size" >&2; exit 2 ;; esac

# -o: dependencies come from ~/.m2; drop it (BENCH_MAVEN_OFFLINE=) on a machine that has not built the project yet.
./mvnw -B -ntp ${BENCH_MAVEN_OFFLINE--o} -pl qbo-sandbox,connector-service,mapping-service,case-service,import-service,bench -am \
  package -DskipTests

rm -rf bench/target/logs bench/target/report.md
mkdir -p bench/target
# The bench JVM also hosts the Kafka broker (test-support's TestKafka) when no Docker engine runs. Its whole output
# goes to bench/target/bench.log; the console shows the bench's progress lines, then the table.
set +e
# From bench/, so that each service's output lands in bench/target/<module>-<port>.log (test-support's ServiceProcess).
(cd bench && java -Xmx2g -cp "target/classes:target/lib/*" com.qbobridge.bench.Bench --size "$size" --only "$only") 2>&1 \
  | tee bench/target/bench.log | grep --line-buffered '^\[bench'
set -e
echo
if [ -f bench/target/report.md ]; then
  cat bench/target/report.md
else
  echo "No report: see bench/target/bench.log" >&2
fi
