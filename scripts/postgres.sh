#!/usr/bin/env bash
# A throwaway PostgreSQL for the PostgresEgsStore tests, and nothing twice:
#   scripts/postgres.sh            installs Debian's postgresql when missing, starts a cluster in
#                                  /tmp/fatoora-postgres on 127.0.0.1:54329 (superuser postgres,
#                                  trust auth, no fsync: test data only), creates the database
#                                  fatoora_test and prints its URL alone on standard output
#   scripts/postgres.sh --running  exits 0 if that server answers, 1 if not
#   scripts/postgres.sh --stop     stops it (its files stay for the next start)
# Use: export FATOORA_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"
# Progress goes to standard error. A cluster that will not start (say, damaged when the machine
# was stopped) is created anew: it holds nothing but test data.
set -euo pipefail

port=54329
root=/tmp/fatoora-postgres
data="$root/data"
database=fatoora_test
url="postgres://postgres@127.0.0.1:$port/$database"

log() { echo "postgres: $*" >&2; }

bin_dir() {
  local initdb
  initdb="$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$initdb" ] && dirname "$initdb"
}

# initdb and the server refuse to run as root: as root, run them as the postgres account.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { [ -n "$bin" ] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; }

create_cluster() {
  log "creating a cluster in $data"
  rm -rf "$data"
  as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
}

# Starts the server; a server killed a moment ago may still hold its lock file, so try again shortly.
start() {
  local options="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$root"
  options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  for attempt in 1 2 3; do
    as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 -o "$options" start >&2 && return 0
    [ "$attempt" = 3 ] || sleep 2
  done
  tail -n 20 "$root/server.log" >&2 || true
  return 1
}

bin="$(bin_dir || true)"

case "${1:-}" in
  --running)
    running && exit 0
    exit 1
    ;;
  --stop)
    if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
    fi
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: scripts/postgres.sh [--running | --stop]" >&2
    exit 2
    ;;
esac

if [ -z "$bin" ]; then
  log "installing Debian's postgresql"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin="$(bin_dir)"
fi

if running; then
  log "already running on port $port"
else
  mkdir -p "$root"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$root"; fi
  [ -f "$data/PG_VERSION" ] || create_cluster
  log "starting on 127.0.0.1:$port"
  if ! start; then
    log "the cluster does not start: creating it anew"
    create_cluster
    start
  fi
fi

psql_cmd=("$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1)
if [ "$("${psql_cmd[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  log "creating database $database"
  "${psql_cmd[@]}" -c "CREATE DATABASE $database" >&2
fi

echo "$url"
