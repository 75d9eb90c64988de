#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs everything it needs, then runs typecheck,
# lint, and every test (Node and headless Chromium projects; the zatca-validate conformance
# checks run inside the Node project). CI runs exactly this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --test
pnpm() { npx -y pnpm@10 "$@"; }
pnpm run typecheck
pnpm run lint
pnpm test
