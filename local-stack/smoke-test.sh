#!/usr/bin/env bash
# End-to-end check of the local run: starts ./run-local.sh in the background (SKIP_BUILD=true unless told otherwise),
# waits until every service is healthy, connects a sandbox QuickBooks company through the real OAuth pages, drives one
# import through import-service's API until cases are created, stops the stack with SIGTERM, and checks that no
# process of the stack is left. Needs curl. Exit code 0 means everything worked.
#
#   local-stack/smoke-test.sh                 # uses the jars already built
#   SKIP_BUILD=false local-stack/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

app=http://localhost:8080
sandbox=http://localhost:8090
user=creditor@example.com
timeout=${SMOKE_TIMEOUT:-600}
work=$(mktemp -d)
jar="$work/cookies"
log="$work/run-local.out"
pid=

fail() { echo "SMOKE TEST FAILED: $*" >&2; echo "--- run-local.sh output:" >&2; tail -n 40 "$log" >&2 || true; exit 1; }
step() { echo "[smoke] $*"; }
# Reads all its input (no early exit: with pipefail a SIGPIPE upstream would fail the pipeline).
json() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | awk 'NR == 1'; }

stop_stack() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    step "Stopping the stack (SIGTERM to run-local.sh)"
    kill -TERM "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
}
trap 'stop_stack; rm -rf "$work"' EXIT

step "Starting ./run-local.sh (log: $log)"
: >"$log"
SKIP_BUILD=${SKIP_BUILD:-true} ./run-local.sh >"$log" 2>&1 &
pid=$!
launcher_pid() { pgrep -P "$pid" -f 'local-stack.*\.jar' | awk 'NR == 1'; }

deadline=$((SECONDS + timeout))
until grep -q "QBO Bridge runs" "$log"; do
  kill -0 "$pid" 2>/dev/null || fail "run-local.sh exited before the stack was up"
  [ $SECONDS -lt $deadline ] || fail "the stack was not up within ${timeout}s"
  sleep 2
done
launcher=$(launcher_pid)
children=$(pgrep -P "$launcher" | tr '\n' ' ')
postmaster=$(head -n 1 .local-stack/run-"$launcher"/postgres/postmaster.pid 2>/dev/null || true)
step "Stack is up (launcher $launcher, children $children, postgres $postmaster)"

for port in 8080 8081 8082 8083 8090; do
  health=$(curl -fsS "http://localhost:$port/actuator/health") || fail "port $port does not answer"
  case "$health" in *'"status":"UP"'*) ;; *) fail "port $port is not UP: $health" ;; esac
done

step "Sandbox admin API: the default realms"
realms=$(curl -fsS "$sandbox/admin/realms") || fail "GET /admin/realms"
realm=$(echo "$realms" | json realmId)
[ -n "$realm" ] || fail "the sandbox has no realm: $realms"
step "  realm $realm"

step "Create a personal API token on the Settings page (writes with Basic need a CSRF token)"
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | awk 'NR == 1'; }
csrf=$(curl -fsS -c "$jar" -b "$jar" "$app/sign-in" | csrf_of) || fail "GET /sign-in"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=password" \
  --data-urlencode "_csrf=$csrf" "$app/sign-in" || fail "POST /sign-in"
csrf=$(curl -fsS -c "$jar" -b "$jar" "$app/settings" | csrf_of) || fail "GET /settings"
token=$(curl -fsS -c "$jar" -b "$jar" --data-urlencode "name=smoke-test" --data-urlencode "_csrf=$csrf" \
  "$app/settings/tokens" | sed -n 's/.*id="created-token-value">\(qbo_pat_[^<]*\)<.*/\1/p') || fail "POST /settings/tokens"
[ -n "$token" ] || fail "the Settings page showed no token"
auth="Authorization: Bearer $token"

step "Connect the sandbox company through the OAuth pages"
# The start sets the qbo_connect cookie the flow completes with (GH-15): keep it in the jar.
authorization=$(curl -fsS -c "$jar" -b "$jar" -H "$auth" -X POST "$app/api/connections/quickbooks" \
  | json authorizationUrl)
[ -n "$authorization" ] || fail "POST /api/connections/quickbooks gave no authorizationUrl"
page=$(curl -fsS -c "$jar" -b "$jar" "$authorization") || fail "GET $authorization"
flow=$(echo "$page" | sed -n 's/.*name="flow" value="\([^"]*\)".*/\1/p' | awk 'NR == 1')
[ -n "$flow" ] || fail "no sign-in form at $authorization"
page=$(curl -fsS -L -c "$jar" -b "$jar" --data-urlencode "flow=$flow" --data-urlencode "username=$user" \
  --data-urlencode "password=sandbox" "$sandbox/connect/oauth2/login") || fail "sandbox sign-in"
if echo "$page" | grep -q 'company-form'; then
  page=$(curl -fsS -L -c "$jar" -b "$jar" --data-urlencode "flow=$flow" --data-urlencode "realmId=$realm" \
    "$sandbox/connect/oauth2/company") || fail "sandbox company choice"
fi
callback=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "flow=$flow" \
  --data-urlencode "decision=authorize" "$sandbox/connect/oauth2/consent") || fail "sandbox consent"
[ -n "$callback" ] || fail "the consent did not redirect to the connector"
completion=$(curl -sS -o /dev/null -w '%{redirect_url}' "$callback") || fail "GET $callback"
[ -n "$completion" ] || fail "the connector did not send the browser back"
landing=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -H "$auth" "$completion") \
  || fail "GET $completion"
connection=$(echo "$landing" | sed -n 's/.*[?&]connected=\([^&]*\).*/\1/p')
[ -n "$connection" ] || fail "the connector did not connect the company: $landing"
step "  connection $connection"

step "Start an import of unpaid invoices"
started=$(curl -fsS -H "$auth" -H 'Content-Type: application/json' \
  -d "{\"connectionId\":\"$connection\",\"dateField\":\"DUE_DATE\"}" "$app/api/imports") || fail "POST /api/imports"
import=$(echo "$started" | json importId)
[ -n "$import" ] || fail "POST /api/imports gave no importId: $started"
step "  import $import"
state=
until [ "$state" = "READY" ]; do
  view=$(curl -fsS -H "$auth" "$app/api/imports/$import")
  state=$(echo "$view" | json state)
  [ "$state" != "FAILED" ] || fail "the import failed: $view"
  [ $SECONDS -lt $deadline ] || fail "the import was not ready in time: $view"
  sleep 2
done
step "  ready: $(echo "$view" | sed -n 's/.*"invoicesFetched" *: *\([0-9]*\).*/\1/p') invoices fetched"

step "Approve up to five ready drafts"
drafts=$(curl -fsS -H "$auth" "$app/api/imports/$import/drafts?status=ready")
ids=$(echo "$drafts" | grep -o '"draftId" *: *"[^"]*"' | awk 'NR <= 5' | sed 's/.*"\([^"]*\)"$/"\1"/' | paste -sd, -)
[ -n "$ids" ] || fail "no ready draft: $(echo "$drafts" | head -c 500)"
curl -fsS -H "$auth" -H 'Content-Type: application/json' -d "{\"draftIds\":[$ids]}" \
  "$app/api/imports/$import/approvals" >/dev/null || fail "POST /api/imports/$import/approvals"
cases=
until echo "$cases" | grep -q '"caseId"\|"id"'; do
  [ $SECONDS -lt $deadline ] || fail "no case was created in time: $cases"
  sleep 2
  cases=$(curl -fsS -H "$auth" "$app/api/cases") || cases=
done
step "  cases created"

stop_stack
grep -q "\[local-stack\] Stopped" "$log" || fail "the launcher did not report a clean stop"
left=""
for process in $launcher $children $postmaster; do
  # A zombie (exited, not yet reaped by PID 1 in a container) holds nothing and does not count.
  state=$(ps -o stat= -p "$process" 2>/dev/null || true)
  if [ -n "$state" ] && [ "${state#Z}" = "$state" ]; then left="$left $process"; fi
done
[ -z "$left" ] || fail "processes left behind:$left"
step "Stopped cleanly; no process left. SMOKE TEST PASSED"
