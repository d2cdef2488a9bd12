#!/usr/bin/env bash
# Prints a new ES256 key pair for service tokens, as the two variables the services read:
#   SERVICE_TOKEN_SIGNING_KEY  the private EC P-256 key as a JWK: import-service only, keep it secret
#   SERVICE_TOKEN_JWK_SET      the public key as a JWK set: for connector-service and case-service, unless they
#                              fetch it from import-service's /.well-known/jwks.json (SERVICE_TOKEN_JWK_SET_URI)
# Needs only openssl and coreutils.
set -euo pipefail

text=$(openssl ecparam -name prime256v1 -genkey -noout | openssl ec -noout -text 2>/dev/null)
# The hex digits of one field of `openssl ec -text` ("priv:" or "pub:"), without separators.
field() { printf '%s\n' "$text" | sed -n "/^$1:/,/^[A-Za-z]/p" | sed '1d;$d' | tr -d ' :\n'; }
# Exactly n hex digits: openssl may print a leading 00 or drop leading zeros.
fit() { local hex=$1 n=$2; while [ ${#hex} -lt "$n" ]; do hex="0$hex"; done; printf '%s' "${hex: -$n}"; }
b64url() { printf '%b' "$(printf '%s' "$1" | sed 's/../\\x&/g')" | base64 | tr '+/' '-_' | tr -d '=\n'; }

priv=$(fit "$(field priv)" 64)
pub=$(field pub)
x=$(b64url "${pub:2:64}")
y=$(b64url "${pub:66:64}")
d=$(b64url "$priv")
# RFC 7638 thumbprint as the key id, as ServiceTokenKeys computes it.
kid=$(printf '{"crv":"P-256","kty":"EC","x":"%s","y":"%s"}' "$x" "$y" | openssl dgst -sha256 -binary | base64 \
  | tr '+/' '-_' | tr -d '=\n')
public=$(printf '{"kty":"EC","use":"sig","crv":"P-256","kid":"%s","x":"%s","y":"%s","alg":"ES256"}' "$kid" "$x" "$y")
echo "SERVICE_TOKEN_SIGNING_KEY=${public%\}},\"d\":\"$d\"}"
echo "SERVICE_TOKEN_JWK_SET={\"keys\":[$public]}"
