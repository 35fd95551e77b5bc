#!/usr/bin/env bash
# Create, get and list rounds of the stub on each store (issue 16): memory, the H2 file, PostgreSQL.
# See docs/stores.md.
#
#   bench/stores.sh
#
# env: STORES (memory file postgres) WARMUP_SECONDS (15) ROUND_SECONDS (15) CONNS (32) WRK_THREADS (2) STUB_PORT (18090) SKIP_BUILD (0)
#      STUB_JAVA_OPTS (-Xmx512m) OUT (bench/target/stores-results.md)
# PostgreSQL: a throwaway cluster from /usr/lib/postgresql/*/bin (initdb refuses root: run as postgres), with the
# server's default durability (fsync on, synchronous_commit on), on a free port, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP_SECONDS=${WARMUP_SECONDS:-15}
ROUND_SECONDS=${ROUND_SECONDS:-15}
CONNS=${CONNS:-32}
WRK_THREADS=${WRK_THREADS:-2}
STUB_PORT=${STUB_PORT:-18090}
SKIP_BUILD=${SKIP_BUILD:-0}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
OUT=${OUT:-bench/target/stores-results.md}
ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
LIST_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
COMMAND="bench/stores.sh"
[ "$ROUND_SECONDS" != 15 ] && COMMAND="ROUND_SECONDS=$ROUND_SECONDS $COMMAND"
[ "$WARMUP_SECONDS" != 15 ] && COMMAND="WARMUP_SECONDS=$WARMUP_SECONDS $COMMAND"

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL server: apt-get install -y postgresql" >&2; exit 1; }
if [ "$SKIP_BUILD" != 1 ]; then
  echo "building the stub" >&2
  mvn -B -q -pl server-stub -am package -DskipTests >/dev/null
fi
mkdir -p bench/target

WORK=$(mktemp -d /tmp/stores-bench-XXXXXX)
chmod 755 "$WORK"
AS_PG=()
[ "$(id -u)" = 0 ] && { chown postgres "$WORK"; AS_PG=(runuser -u postgres --); }
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PG_PASSWORD="bench-$RANDOM$RANDOM"
STUB_PID=""
cleanup() {
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
echo "$PG_PASSWORD" >"$WORK/pw"; chmod 644 "$WORK/pw"
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U stub --pwfile="$WORK/pw" -A scram-sha-256 -E UTF8 >/dev/null
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w start \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" >/dev/null
mkdir -p "$WORK/file"; chmod 777 "$WORK/file"

base="http://127.0.0.1:$STUB_PORT/client/v4"
post() { curl -s -o "$WORK/body" -w '%{http_code}' "$base/accounts/$1/magic/gre_tunnels" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" -d "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.2\",\"interface_address\":\"10.212.0.0/31\",\"name\":\"$2\"}" || echo 000; }
get_status() { curl -s -o /dev/null -w '%{http_code}' "$base$1" -H "Authorization: Bearer $TOKEN" || echo 000; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
create_round() { ACCOUNT=$ACCOUNT TOKEN=$TOKEN PREFIX=$1 MODE=create wrk -t"$WRK_THREADS" -c"$CONNS" -d"$2s" --timeout 10s \
  -s bench/wrk/create.lua "http://127.0.0.1:$STUB_PORT/" | grep '^RESULT'; }
read_round() { TOKEN=$TOKEN READ_PATH=$1 wrk -t"$WRK_THREADS" -c"$CONNS" -d"${ROUND_SECONDS}s" --timeout 10s \
  -s bench/wrk/read.lua "http://127.0.0.1:$STUB_PORT/" | grep '^RESULT'; }

declare -A RPS
for store in ${STORES:-memory file postgres}; do
  case $store in
    memory) flags=(--store memory) ;;
    file) flags=(--store "file:$WORK/file/tunnels") ;;
    postgres) flags=(--store "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user stub) ;;
  esac
  PGPASSWORD=$PG_PASSWORD java $STUB_JAVA_OPTS -jar server-stub/target/server-stub.jar --port "$STUB_PORT" "${flags[@]}" \
    >"bench/target/stub-$store.log" 2>&1 &
  STUB_PID=$!
  i=0
  until [ "$(post "$LIST_ACCOUNT" "start_$i")" = 200 ]; do
    i=$((i + 1)); sleep 0.05
    kill -0 "$STUB_PID" 2>/dev/null || { echo "the stub died:" >&2; cat "bench/target/stub-$store.log" >&2; exit 1; }
  done
  for n in $(seq 1 99); do post "$LIST_ACCOUNT" "l$n" >/dev/null; done
  post "$ACCOUNT" probe >/dev/null
  ID=$(sed 's/.*"id":"\([0-9a-f]*\)".*/\1/' "$WORK/body")
  echo "$store: warm-up ${WARMUP_SECONDS}s" >&2
  create_round w "$WARMUP_SECONDS" >/dev/null
  c=$(create_round c "$ROUND_SECONDS"); echo "$store create: $c" >&2
  RPS[$store/create]=$c
  for op in get list; do
    path="/accounts/$ACCOUNT/magic/gre_tunnels/$ID"
    [ $op = list ] && path="/accounts/$LIST_ACCOUNT/magic/gre_tunnels"
    if [ "$(get_status "$path")" = 200 ]; then
      r=$(read_round "$path"); echo "$store $op: $r" >&2
      RPS[$store/$op]=$r
    else
      RPS[$store/$op]="n/a (this build answers $(get_status "$path") to GET)"
    fi
  done
  kill "$STUB_PID"; wait "$STUB_PID" 2>/dev/null || true; STUB_PID=""
done

cell() { local r=${RPS[$1]}; case $r in RESULT*) printf '%.0f (p99 %s ms, non-2xx %s)' "$(field "$r" rps)" "$(field "$r" p99_ms)" "$(field "$r" non2xx)";; *) echo "$r";; esac; }
verdict() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a >= b) print "met"; else print "missed" }'; }
mem=$(field "${RPS[memory/create]}" rps); file=$(field "${RPS[file/create]}" rps); pg=$(field "${RPS[postgres/create]}" rps)
file_ratio=$(awk -v a="$file" -v b="$mem" 'BEGIN{ printf "%.2f", a / b }')
{
  echo "| store | create/s | get/s | list/s (100 tunnels) |"
  echo "|---|---:|---:|---:|"
  for store in memory file postgres; do
    echo "| $store | $(cell "$store/create") | $(cell "$store/get") | $(cell "$store/list") |"
  done
  echo
  echo "- file store / memory store, creates/s: $file_ratio (target >= 0.5): $(verdict "$file_ratio" 0.5)"
  echo "- PostgreSQL creates/s at $CONNS connections: $(printf '%.0f' "$pg") (target >= 3000): $(verdict "$pg" 3000)"
  echo "- wrk $WRK_THREADS threads, $CONNS connections, ${WARMUP_SECONDS} s warm-up and ${ROUND_SECONDS} s per round per store; java $STUB_JAVA_OPTS; $(nproc) cores; load average at the end: $(uptime | sed 's/.*load average: //')"
  echo "- reproduce: \`$COMMAND\`"
} | tee "$OUT"
