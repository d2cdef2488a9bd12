#!/usr/bin/env bash
# Builds the product and runs every service on this machine; Ctrl-C stops them all.
# Needs only Java 17. Ports: import-service 8080, connector 8081, mapping 8082, cases 8083, qbo-sandbox 8090.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${SKIP_BUILD:-false}" != "true" ]; then
  ./mvnw -B -ntp -DskipTests package
fi

logs=.local-stack/logs
mkdir -p "$logs"
pids=()

stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop INT TERM EXIT

start() { # module port
  java -jar "$1/target/$1-0.1.0-SNAPSHOT.jar" --server.port="$2" >"$logs/$1.log" 2>&1 &
  pids+=("$!")
  echo "Starting $1 on port $2 (log: $logs/$1.log)"
}

start qbo-sandbox 8090
start connector-service 8081
start mapping-service 8082
start case-service 8083
start import-service 8080

for port in 8090 8081 8082 8083 8080; do
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "A service stopped during start-up; see $logs"; exit 1; }
    done
    sleep 1
  done
  echo "  http://localhost:$port/actuator/health is UP"
done

echo
echo "All services are up. Open http://localhost:8080 (Ctrl-C stops everything)."
wait
