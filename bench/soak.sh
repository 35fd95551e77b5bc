#!/usr/bin/env bash
# A soak (issue 22, point 7): per store, the built jar under mixed load for MINUTES minutes: every operation,
# invalid requests and a few slow clients (bench/load.py soak). Prints per minute requests, errors, 5xx,
# p50/p99, heap after a full GC (jcmd), RSS; fails on any 5xx or unexpected answer, or when heap, RSS or p99
# grow without bound. See docs/hardening.md for the figures.
#
#   bench/soak.sh        env: STORES ("memory file postgres") MINUTES (20) WORKERS (4) SLOW (4)
#                             JAR (server-stub/target/server-stub.jar) STUB_JAVA_OPTS (-Xmx512m) OUT (bench/target/soak-STORE.txt)
# postgres needs the server binaries (Debian: apt-get install -y postgresql); a throwaway server is started.
set -euo pipefail
cd "$(dirname "$0")/.."
STORES=${STORES:-memory file postgres}
MINUTES=${MINUTES:-20}
JAR=${JAR:-server-stub/target/server-stub.jar}
[ -f "$JAR" ] || mvn -B -q -pl server-stub -am package -DskipTests
mkdir -p bench/target
WORK=$(mktemp -d /tmp/soak-XXXXXX)
chmod 755 "$WORK"
PIDS=()
PG_STARTED=""
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$PG_STARTED" ] && "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_postgres() {
  [ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL server: apt-get install -y postgresql" >&2; exit 1; }
  [ "$(id -u)" = 0 ] && chown postgres "$WORK"
  PG_PORT=$(free_port)
  PG_PASSWORD="soak-$RANDOM$RANDOM"
  echo "$PG_PASSWORD" >"$WORK/pw"; chmod 644 "$WORK/pw"
  "${AS_PG[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U stub --pwfile="$WORK/pw" -A scram-sha-256 -E UTF8 >/dev/null
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w start \
    -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" >/dev/null
  PG_STARTED=1
}

status=0
for store in $STORES; do
  case $store in
    memory) location=memory ;;
    file) mkdir -p "$WORK/file"; location="file:$WORK/file/tunnels" ;;
    postgres) start_postgres; location="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" ;;
    *) echo "unknown store $store" >&2; exit 2 ;;
  esac
  port=$(free_port)
  PGUSER=stub PGPASSWORD=${PG_PASSWORD:-} java ${STUB_JAVA_OPTS:--Xmx512m} -jar "$JAR" \
    --port "$port" --store "$location" >"$WORK/stub-$store.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  out=${OUT:-bench/target/soak-$store.txt}
  echo "== $store: $MINUTES min, started $(date -u +%H:%M:%S) UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out"
  python3 bench/load.py soak --port "$port" --pid "$pid" --minutes "$MINUTES" --workers "${WORKERS:-4}" \
    --slow "${SLOW:-4}" | tee -a "$out" || status=1
  kill "$pid" 2>/dev/null || true
done
exit $status
