#!/usr/bin/env bash
# Consumer proofs (issue 12): builds every public package, installs them packed, as `pnpm publish`
# would ship them, with npm in fresh folders outside the workspace (scripts/install-packed.sh;
# their dependencies from the registry, as a user's would come), and uses them as users do:
#   - a plain Node ESM script signs and verifies ZATCA's sample with @fatoora/core, starts
#     @fatoora/simulator from its package, onboards an Egs on @fatoora/node's FileEgsStore and
#     issues and reports one invoice (scripts/consumer/node-esm.mjs);
#   - a CommonJS script require()s @fatoora/core (Node 20.19+ loads ESM that way) and signs;
#   - a TypeScript file type-checks against the public types under `nodenext` and `bundler`,
#     both strict;
#   - publint (strict) and @arethetypeswrong/cli (esm-only profile) find no problem in any packed
#     package;
#   - the `fatoora` command from the installed tarball, in a folder with neither tsx nor
#     TypeScript: --help, keygen, csr, sign, verify;
#   - a Vite + React app (scripts/consumer/react-app) that imports @fatoora/react, its stylesheet
#     and @fatoora/core builds with `vite build`, and in headless Chromium its page shows a working
#     InvoiceForm (live totals as a price is typed) and the InvoiceQr of an invoice it signs, styled,
#     with no page or console error (scripts/consumer/render-react-app.mjs);
#   - the browser budget on the installed @fatoora/core (bench/src/size.ts, as `pnpm size`).
# Called by scripts/test.sh; ZATCA's SDK data comes from ../shared (FATOORA_SDK_DATA overrides).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
pnpm() { npx -y pnpm@10 "$@"; }
sdk="${FATOORA_SDK_DATA:-$(cd .. && pwd)/shared/zatca-sdk-data}"
[ -d "$sdk/Data" ] || { echo "consumer-check: no ZATCA SDK data at $sdk" >&2; exit 1; }

pnpm run build
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Packed once, into $work/tarballs, for every consumer below.
export FATOORA_TARBALLS="$work/tarballs"
consumer() { bash scripts/install-packed.sh "$@"; }

echo "consumer-check: a library consumer (Node ESM, CommonJS, TypeScript)"
library="$work/library"
consumer "$library" @fatoora/core @fatoora/node @fatoora/simulator typescript@5.9.3 @types/node@20.19.0
cp scripts/consumer/node-esm.mjs scripts/consumer/node-cjs.cjs scripts/consumer/typed.ts "$library/"
# The command's and the app's installs (network and disk, from the tarballs packed just now) go on
# meanwhile; each is awaited where it is used.
cli="$work/cli"
consumer "$cli" @fatoora/cli & cli_install=$!
react_app="$work/react-app"
# The versions the workspace builds and tests with; the React plugin is the one a user's Vite 8 app has.
consumer "$react_app" @fatoora/react @fatoora/core react@19.3.1 react-dom@19.3.1 vite@8.3.8 @vitejs/plugin-react@6.3.1 &
react_install=$!
(cd "$library" && node node-esm.mjs "$sdk")
(cd "$library" && node node-cjs.cjs "$sdk")
# The two type checks are single-threaded: run side by side on CI's two cores.
typecheck() {
  (cd "$library" && npx tsc --noEmit --strict --types node --target es2022 --module "$1" --moduleResolution "$2" typed.ts)
}
typecheck nodenext nodenext & nodenext=$!
typecheck esnext bundler & bundler=$!
wait "$nodenext"
wait "$bundler"
echo "consumer (TypeScript): the public types check under nodenext and bundler"

echo "consumer-check: publint (strict) and arethetypeswrong on every packed package"
# One package's checks; the packages are checked two at a time (each check is single-threaded).
check_tarball() {
  local tarball="$1" unpacked
  unpacked="$work/unpacked/$(basename "$tarball" .tgz)"
  mkdir -p "$unpacked"
  tar xzf "$tarball" -C "$unpacked" --strip-components=1
  npx --no-install publint "$unpacked" --pack false --strict > "$unpacked.publint" ||
    { cat "$unpacked.publint" >&2; return 1; }
  # The packages are ESM only (CommonJS loads them with require() on Node 20.19+, proven above):
  # the esm-only profile leaves out node10 and TypeScript's CommonJS view of node16. The React
  # kit's stylesheet is a subpath with no types to check.
  npx --no-install attw "$tarball" --profile esm-only --format ascii --exclude-entrypoints styles.css \
    > "$unpacked.attw" 2>&1 ||
    { cat "$unpacked.attw" >&2; return 1; }
}
export -f check_tarball
export work
printf '%s\0' "$FATOORA_TARBALLS"/*.tgz | xargs -0 -n 1 -P 2 bash -c 'set -euo pipefail; check_tarball "$1"' _

echo "consumer-check: the fatoora command, with neither tsx nor TypeScript installed"
wait "$cli_install"
for tool in tsx typescript; do
  if [ -e "$cli/node_modules/$tool" ]; then echo "consumer-check: $tool is installed with the CLI" >&2; exit 1; fi
done
(
  cd "$cli"
  npx --no-install fatoora --help > help.txt
  grep -q '^fatoora keygen' help.txt
  npx --no-install fatoora keygen --out unit.pem
  npx --no-install fatoora csr --config "$sdk/Data/Input/csr-config-example-EN.properties" --key unit.pem \
    --env simulation --out unit.csr
  grep -q 'BEGIN CERTIFICATE REQUEST' unit.csr
  npx --no-install fatoora sign "$sdk/Data/Samples/Simplified/Invoice/Simplified_Invoice.xml" --replace \
    --key "$sdk/Data/Certificates/ec-secp256k1-priv-key.pem" --cert "$sdk/Data/Certificates/cert.pem" \
    --out signed.xml
  npx --no-install fatoora verify signed.xml > verdict.txt
  echo "consumer (fatoora command): help, keygen, csr, sign and verify from the tarball"
)

echo "consumer-check: a Vite + React app with @fatoora/react and its stylesheet, in Chromium"
wait "$react_install"
cp -R scripts/consumer/react-app/. "$react_app/"
mkdir -p "$react_app/sdk"
cp "$sdk/Data/Samples/Simplified/Invoice/Simplified_Invoice.xml" "$sdk/Data/Certificates/ec-secp256k1-priv-key.pem" \
  "$sdk/Data/Certificates/cert.pem" "$react_app/sdk/"
(cd "$react_app" && npx --no-install vite build --logLevel warn)
# From the workspace root, which holds Playwright; the app's folder has only what a user's has.
node scripts/consumer/render-react-app.mjs "$react_app/dist"

echo "consumer-check: what the installed packages weigh (pnpm size; exits 1 over the browser budget)"
(cd bench && npx --no-install tsx src/size.ts --installed "$react_app" --tarballs "$FATOORA_TARBALLS")
echo "consumer-check: every consumer proof passed (workspace $root)"
