#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs everything it needs, starts a throwaway
# PostgreSQL (scripts/postgres.sh) for the PostgresEgsStore tests, then runs typecheck, lint, the
# import-graph and copied-code checks, the API reference (pnpm run docs) and every test (Node, core
# in headless Chromium, the React kit in Chromium; the zatca-validate conformance checks and the
# demo's Playwright test run inside the Node project), the consumer proofs on the built and packed
# packages (scripts/consumer-check.sh, which also weighs them against the browser size budget),
# then the tests that measure time, alone and one file at a time. CI runs exactly this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --test
pnpm() { npx -y pnpm@10 "$@"; }
# PostgreSQL on 127.0.0.1:54329, stopped again at the end if this script started it. Should it
# fail to start, the tests go on without it: the PostgreSQL tests then fail when CI is set.
if ! bash scripts/postgres.sh --running 2>/dev/null; then
  trap 'bash scripts/postgres.sh --stop 2>/dev/null || true' EXIT
fi
if FATOORA_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"; then
  export FATOORA_TEST_POSTGRES_URL
else
  echo "test: PostgreSQL did not start; the PostgresEgsStore tests cannot run" >&2
  unset FATOORA_TEST_POSTGRES_URL
fi
# Runs two checks side by side (each is single-threaded; CI has two cores), then shows each one's
# output whole, and fails if either failed.
side_by_side() {
  local first second first_status=0 second_status=0
  first="$(mktemp)"
  second="$(mktemp)"
  bash -c "$1" > "$first" 2>&1 &
  local first_pid=$!
  bash -c "$2" > "$second" 2>&1 &
  wait "$!" || second_status=$?
  wait "$first_pid" || first_status=$?
  cat "$first" "$second"
  rm -f "$first" "$second"
  [ "$first_status" -eq 0 ] && [ "$second_status" -eq 0 ]
}
pnpm_command='npx -y pnpm@10'
# Types, and the API reference (TypeDoc: fails on a public export without documentation or a
# broken link).
side_by_side "$pnpm_command run typecheck" "$pnpm_command run docs"
# The architecture (issue 11): no import cycle between modules, folders or workspace packages, no
# relative reach into another package (dependency-cruiser), and no copied code (jscpd 5.3.2); lint.
side_by_side "$pnpm_command run check:imports" "$pnpm_command run lint && $pnpm_command run check:copies"
results="$(mktemp -d)"
status=0
# Every answer a simulator gives during the tests is recorded, then checked against the contract
# (issue 13: fatoora-api.md §5's status matrix and body shapes, internal/integration-tests).
FATOORA_SIMULATOR_ANSWER_LOG="$results/answers" \
  pnpm test --reporter=default --reporter=json --outputFile.json="$results/main.json" || status=$?
npx tsx internal/integration-tests/src/contract/check-recorded-answers.ts "$results/answers" || status=$?
# Consumer proofs (issue 12): the packages built, packed and installed in fresh folders outside the
# workspace, then used from plain Node (ESM and CommonJS), TypeScript, a Vite + React app and the
# `fatoora` command; then `pnpm size` on what was installed: what a till needs to sign and check,
# gzipped, ≤ 60 KB (exits 1 over), the whole packages and each tarball.
bash scripts/consumer-check.sh || status=$?
pnpm run test:timing --reporter=default --reporter=json --outputFile.json="$results/timing.json" || status=$?
# One plain closing line with the counts of both runs, whatever the runner printed above it.
node -e '
  const fs = require("node:fs");
  const runs = process.argv.slice(1).map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
  const sum = (pick) => runs.reduce((total, r) => total + pick(r), 0);
  console.log(`vitest: ${sum((r) => r.numPassedTests)} passed, ${sum((r) => r.numFailedTests)} failed, ${sum((r) => r.numPendingTests + r.numTodoTests)} skipped`);
' "$results/main.json" "$results/timing.json" 2>/dev/null || echo "vitest: 0 passed, 1 failed"
exit "$status"
