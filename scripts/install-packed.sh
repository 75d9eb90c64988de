#!/usr/bin/env bash
# Installs the workspace's public packages into <folder> as a user would get them: each one packed
# as `pnpm publish` would (publishConfig swaps the source exports for dist/; run `pnpm build`
# first), then `npm install` in <folder> of the named packages (any other name, with an optional
# @version, comes from the registry). `overrides` makes the packages' dependencies on one another
# (`@fatoora/core@0.1.0`, not on the registry) take the tarballs too. Used by
# scripts/consumer-check.sh and bench/src/cli-startup.bench.ts.
#   bash scripts/install-packed.sh <folder> @fatoora/core @fatoora/node typescript@5.9.3
set -euo pipefail
folder="$1"
shift
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tarballs="${FATOORA_TARBALLS:-$folder/.tarballs}"
mkdir -p "$folder" "$tarballs"
if [ -z "$(ls -A "$tarballs")" ]; then
  for package in core node simulator cli react; do
    (cd "packages/$package" && npx -y pnpm@10 pack --pack-destination "$tarballs" > /dev/null)
  done
fi
node -e '
  const [folder, tarballs, ...names] = process.argv.slice(1);
  const fs = require("node:fs");
  const local = {};
  for (const file of fs.readdirSync(tarballs)) {
    const name = "@fatoora/" + file.replace(/^fatoora-/, "").replace(/-\d+\.\d+\.\d+\.tgz$/, "");
    local[name] = `file:${tarballs}/${file}`;
  }
  const dependencies = {};
  for (const spec of names) {
    const [, name, version] = spec.match(/^(@?[^@]+)(?:@(.+))?$/);
    dependencies[name] = local[name] ?? version ?? "latest";
  }
  const manifest = { name: "fatoora-consumer", private: true, dependencies, overrides: local };
  fs.writeFileSync(`${folder}/package.json`, JSON.stringify(manifest, null, 2));
' "$folder" "$tarballs" "$@"
# --prefer-offline: the consumers share most of their dependencies; once one has fetched them, the
# next takes them from npm's cache instead of asking the registry about each again.
(cd "$folder" && npm install --prefer-offline --no-audit --no-fund --loglevel=error > /dev/null)
