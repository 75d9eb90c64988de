#!/usr/bin/env bash
# The playground, on a fresh machine: installs the workspace (scripts/setup.sh), builds the demo app
# (apps/demo, Vite + React; the build reports the gzipped size of @fatoora/core and @fatoora/react
# in it), then starts its Node proxy with the embedded Fatoora simulator and prints the URL to open
# — http://127.0.0.1:5173, or a free port when that one is taken — and keeps running until Ctrl-C.
# In the browser: onboard an EGS unit, issue standard (cleared) and simplified (reported) invoices,
# watch the ICV/PIH chain and the outbox, inspect a tampered invoice.
#   FATOORA_TARGET=developer-portal|simulation|production bash scripts/demo.sh
#       forwards /api to that ZATCA environment instead of the simulator
#   FATOORA_DEMO_PORT=8080 bash scripts/demo.sh      another port; other flags go to the proxy
#                                                    (bash scripts/demo.sh --help lists them)
#   bash scripts/demo.sh --cli
#       the terminal walk-through instead: a new secp256k1 key, a CSR with ZATCA's fields, one of
#       ZATCA's sample invoices stripped, signed with the SDK's test certificate, verified, its QR
#       printed (files in FATOORA_DEMO_DIR, else a new temporary folder)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cli_walkthrough() {
  fatoora() { node --import tsx packages/cli/src/bin.ts "$@"; }
  local out="${FATOORA_DEMO_DIR:-$(mktemp -d)}"
  mkdir -p "$out"
  local sdk=internal/test-support/fixtures/zatca-sdk/Data
  local sample="$sdk/Samples/Simplified/Invoice/Simplified_Invoice.xml"
  echo "== 1. key: a new secp256k1 key for this EGS unit"
  fatoora keygen --out "$out/egs-key.pem"
  echo "== 2. CSR for the developer portal, from the SDK's example configuration"
  fatoora csr --config "$sdk/Input/csr-config-example-EN.properties" --key "$out/egs-key.pem" --env developer-portal --out "$out/egs.csr"
  if command -v openssl >/dev/null; then
    openssl req -in "$out/egs.csr" -noout -verify 2>&1 | sed 's/^/   openssl: /'
  fi
  echo "== 3. sign: $sample (its signature removed first) with the SDK's test certificate"
  fatoora strip "$sample" --out "$out/unsigned.xml"
  fatoora sign "$out/unsigned.xml" --key "$sdk/Certificates/ec-secp256k1-priv-key.pem" --cert "$sdk/Certificates/cert.pem" --out "$out/signed.xml"
  echo "== 4. verify the signed invoice (PIH: the first invoice of a chain)"
  fatoora verify "$out/signed.xml" --pih "$(cat "$sdk/PIH/pih.txt")"
  echo "== 5. QR of the signed invoice, and its decoded fields"
  fatoora qr "$out/signed.xml"
  fatoora qr --decode "$out/signed.xml"
  echo "== done: files in $out"
}

bash scripts/setup.sh
if [ "${1:-}" = --cli ]; then
  cli_walkthrough
  exit 0
fi

echo "== building the playground (apps/demo, vite build)"
(cd apps/demo && node_modules/.bin/vite build --logLevel warn)
echo "== starting the proxy and the embedded simulator (Ctrl-C stops both)"
exec node --import tsx apps/demo/server/bin.ts "$@"
