#!/usr/bin/env bash
# Runs every test of GameLibrary against real servers.
#
# Installs what a fresh Debian 12 machine lacks (redis-server, PostgreSQL 15), starts a throwaway
# PostgreSQL and Redis on free loopback ports with data in a temp dir, runs `dotnet test` on the
# solution, stops the servers, and ends with the line "N passed, N failed". Exits non-zero on any
# failure. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

command -v dotnet >/dev/null || { log "the .NET SDK 10 is required (dotnet not on PATH)"; exit 1; }
command -v redis-server >/dev/null || apt_install redis-server
pg_bin >/dev/null || apt_install postgresql-15
PG_BIN="$(pg_bin)"
# The browser tests drive Debian's chromium (never a browser download) through playwright-core.
[ -x /usr/bin/chromium ] || apt_install chromium

free_port() {
  local port
  while :; do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
}

work="$(mktemp -d /tmp/gamelibrary-test.XXXXXX)"
chmod 755 "$work"
pg_port="$(free_port)"
redis_port="$(free_port)"
while [ "$redis_port" = "$pg_port" ]; do redis_port="$(free_port)"; done

# PostgreSQL refuses to run as root: run it as the postgres account when we are root.
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local status=$?
  [ -f "$work/pg/postmaster.pid" ] && run_pg "$PG_BIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT INT TERM

log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$pg_port"
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  install -d -o postgres -g postgres "$work/pg" "$work/pgsock"
else
  mkdir -p "$work/pg" "$work/pgsock"
fi
run_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
run_pg "$PG_BIN/pg_ctl" -D "$work/pg" -w -t 60 -l "$work/pg/server.log" \
  -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$work/pg/server.log" >&2; exit 1; }

log "starting Redis ($(redis-server --version | awk '{print $3}')) on 127.0.0.1:$redis_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir "$work" --pidfile "$work/redis.pid" --logfile "$work/redis.log" >/dev/null
for _ in $(seq 1 100); do
  redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
  sleep 0.1
done
redis-cli -p "$redis_port" ping | grep -q PONG || { cat "$work/redis.log" >&2; exit 1; }

# A generous connect timeout: the test assemblies run in parallel on 2 cores, and PostgreSQL forks a process per
# connection, so under that load a connection can take longer than Npgsql's default 15 s.
export GAMELIBRARY_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=50;Timeout=60"
# Generous timeouts for the same reason: a starved thread pool under the parallel test load can keep a reply
# waiting longer than StackExchange.Redis's 5 s default.
export GAMELIBRARY_TEST_REDIS="127.0.0.1:$redis_port,syncTimeout=30000,asyncTimeout=30000,connectTimeout=15000"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The Apollo interop tests run Node subgraphs built with @apollo/subgraph (pinned in their package-lock.json).
command -v node >/dev/null || { log "Node.js 20+ is required for the Apollo interop tests (node not on PATH)"; exit 1; }
log "npm ci (Apollo interop Node subgraphs)"
npm ci --prefix tests/GameLibrary.Gateway.ApolloInterop.Tests/node-subgraphs --no-audit --no-fund >/dev/null
# The browser tests (the IDE, the live leaderboard page) drive chromium with the scripts of tests/browser.
browser_tests=tests/browser
if [ ! -d "$browser_tests/node_modules/playwright-core" ]; then
  log "npm ci (playwright-core for the browser tests)"
  npm ci --prefix "$browser_tests" --no-audit --no-fund >/dev/null
fi

log "dotnet test GameLibrary.sln"
set +e
dotnet test GameLibrary.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$work/results" \
  --blame-hang-timeout 10m "$@" 2>&1 | tee "$work/dotnet-test.log"
test_status=${PIPESTATUS[0]}
set -e

# Each test assembly announces its TRX file; one overwritten by another would hide its counts.
announced="$(grep -c 'Results File:' "$work/dotnet-test.log" || true)"
written="$(find "$work/results" -maxdepth 1 -name '*.trx' | wc -l)"
if [ "$announced" -ne "$written" ]; then
  log "expected $announced TRX files, found $written: totals would be incomplete"
  test_status=1
fi

# Totals across every test project, from the TRX files' counters.
passed=0 failed=0 skipped=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  get() { local v; v="$(printf "%s" "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9][0-9]*")"; echo "${v:-0}"; }
  passed=$(( passed + $(get passed) ))
  failed=$(( failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted) ))
  skipped=$(( skipped + $(get notExecuted) ))
done

# The failures again, last, so that the tail of a long log names them: compiler errors (a test project that does not
# build runs no test and counts no failure), then failed tests.
if [ "$test_status" -ne 0 ]; then
  grep -E ': error [A-Z]+[0-9]+:' "$work/dotnet-test.log" | sort -u | cut -c 1-300 | head -12 || true
fi
if [ "$failed" -ne 0 ]; then
  grep -A 6 '^ *Failed .*\[' "$work/dotnet-test.log" | grep -v '^ *Stack Trace' | cut -c 1-300 | head -24 || true
  echo "Failed tests:"
  grep -h -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*>' "$work"/results/*.trx \
    | grep -o 'testName="[^"]*"' | sed -e 's/^testName="/  /' -e 's/"$//' || true
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$test_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
