#!/usr/bin/env bash
# Installs what fatoora needs on a fresh machine (Debian with Node 20.19+), and nothing twice.
#   scripts/setup.sh         pnpm (through npx) and the workspace's dependencies from the lockfile
#   scripts/setup.sh --test  also Debian's chromium (browser tests), openssl (CSR checks), the
#                            Java libraries ../shared/tools/zatca-validate needs, and postgresql
#                            (the PostgresEgsStore tests; scripts/postgres.sh starts a cluster)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

want_test=false
[ "${1:-}" = --test ] && want_test=true

if $want_test; then
  packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  command -v openssl >/dev/null || packages+=(openssl)
  command -v javac >/dev/null || packages+=(default-jdk-headless)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || packages+=(postgresql)
  # The list ../shared/tools/zatca-validate --install names.
  for jar in Saxon-HE bcprov xmlsec slf4j-api slf4j-nop; do
    if [ ! -f "/usr/share/java/$jar.jar" ]; then
      packages+=(libsaxonhe-java libbcprov-java libxml-security-java libslf4j-java)
      break
    fi
  done
  if [ ${#packages[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${packages[*]}"
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
fi

# pnpm is not preinstalled: run a pinned major through npx.
echo "setup: installing workspace dependencies (pnpm, frozen lockfile)"
npx -y pnpm@10 install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE '^(Progress|npm warn)' || true
[ -d node_modules/.pnpm ] || { echo "setup: pnpm install failed" >&2; exit 1; }
