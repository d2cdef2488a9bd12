#!/usr/bin/env bash
# Starts docker-compose.yml with this machine's secrets: generated once into .local-stack/compose.env (git-ignored)
# and reused afterwards, so tokens encrypted in the PostgreSQL volume stay readable. Extra arguments go to
# `docker compose up` (default: --build).
set -euo pipefail
cd "$(dirname "$0")/../.."

env_file=.local-stack/compose.env
if [ ! -f "$env_file" ]; then
  mkdir -p .local-stack
  random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
  umask 077
  {
    echo "POSTGRES_PASSWORD=$(random 24 | tr '+/' '-_')"
    deploy/service-token-keys.sh | grep '^SERVICE_TOKEN_SIGNING_KEY='
    echo "QBO_CLIENT_SECRET=$(random 32 | tr '+/' '-_' | tr -d '=')"
    echo "TOKEN_ENCRYPTION_KEY=$(random 32)"
    echo "TOKEN_ENCRYPTION_KEY_ID=compose-$(date +%Y%m%d)"
    echo "QBO_WEBHOOK_VERIFIER_TOKEN=$(random 32 | tr '+/' '-_' | tr -d '=')"
  } > "$env_file"
  echo "Generated secrets in $env_file"
fi
# Files made before service tokens were signed with a key pair get one now.
if ! grep -q '^SERVICE_TOKEN_SIGNING_KEY=' "$env_file"; then
  (umask 077; deploy/service-token-keys.sh | grep '^SERVICE_TOKEN_SIGNING_KEY=' >> "$env_file")
fi
# Files made before the sandbox sent webhooks get a verifier token now.
if ! grep -q '^QBO_WEBHOOK_VERIFIER_TOKEN=' "$env_file"; then
  (umask 077; echo "QBO_WEBHOOK_VERIFIER_TOKEN=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')" >> "$env_file")
fi

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  compose=(docker-compose)
fi
exec "${compose[@]}" --env-file "$env_file" up "${@:---build}"
