#!/usr/bin/env bash
# The main job, end to end through the fatoora CLI on a fresh machine: a new secp256k1 key, a
# CSR with ZATCA's fields, then one of ZATCA's sample invoices stripped of its signature and
# signed with the SDK's test certificate, verified, and its QR printed. (The SDK certificate
# stands in for a CSID until the local Fatoora simulator issues one from the CSR.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
fatoora() { node --import tsx packages/cli/src/bin.ts "$@"; }

out="${FATOORA_DEMO_DIR:-$(mktemp -d)}"
mkdir -p "$out"
sdk=packages/core/test/fixtures/zatca-sdk/Data
sample="$sdk/Samples/Simplified/Invoice/Simplified_Invoice.xml"

echo "== 1. key: a new secp256k1 key for this EGS unit"
fatoora keygen --out "$out/egs-key.pem"
echo "== 2. CSR for the developer portal, from the SDK's example configuration"
fatoora csr --config "$sdk/Input/csr-config-example-EN.properties" --key "$out/egs-key.pem" --env developer-portal --out "$out/egs.csr"
openssl_hint=$(command -v openssl >/dev/null && echo yes || echo no)
[ "$openssl_hint" = yes ] && openssl req -in "$out/egs.csr" -noout -verify 2>&1 | sed 's/^/   openssl: /'
echo "== 3. sign: $sample (its signature removed first) with the SDK's test certificate"
fatoora strip "$sample" --out "$out/unsigned.xml"
fatoora sign "$out/unsigned.xml" --key "$sdk/Certificates/ec-secp256k1-priv-key.pem" --cert "$sdk/Certificates/cert.pem" --out "$out/signed.xml"
echo "== 4. verify the signed invoice (PIH: the first invoice of a chain)"
fatoora verify "$out/signed.xml" --pih "$(cat "$sdk/PIH/pih.txt")"
echo "== 5. QR of the signed invoice, and its decoded fields"
fatoora qr "$out/signed.xml"
fatoora qr --decode "$out/signed.xml"
echo "== done: files in $out"
