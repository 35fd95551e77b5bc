#!/usr/bin/env bash
# bench/million.sh [JAR]: list of a 100-tunnel account with an empty store, then with TUNNELS more stored in
# another account, in the same stub (java -Xmx512m -Xlog:gc -jar JAR): issue 23's "list of 100 with a million
# stored >= 0.9x empty", by req/s and by CPU microseconds a request, with the GC pauses and concurrent cycles
# of each list round. bench/run.sh measures the same target among the other peers; this runs it alone.
# env: TUNNELS (1000000) ROUND_SECONDS (10) STUB_JAVA_OPTS (-Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-server-stub/target/server-stub.jar}
TUNNELS=${TUNNELS:-1000000}
ROUND_SECONDS=${ROUND_SECONDS:-10}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
PORT=${PORT:-18097}
WORK=bench/target/million
mkdir -p "$WORK"
LIST_ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
FILL_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
TICK_US=$((1000000 / $(getconf CLK_TCK)))
url() { echo "http://127.0.0.1:$PORT/client/v4/accounts/$1/magic/gre_tunnels"; }
tunnel() { echo "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\",\"interface_address6\":\"2606:54c1:7:0:a9fe:12d2:1:200/127\",\"description\":\"Tunnel for ISP X\",\"automatic_return_routing\":true,\"mtu\":1476,\"ttl\":64,\"health_check\":{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"direction\":\"bidirectional\",\"target\":\"203.0.113.1\"},\"name\":\"$1\"}"; }
run_wrk() { # seconds script prefix account
  ACCOUNT=$4 TOKEN=$TOKEN PREFIX=$3 THREADS=2 wrk -t2 -c32 -d"$1s" --timeout 10s -s "bench/wrk/$2.lua" \
    "http://127.0.0.1:$PORT/" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
java $STUB_JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --port "$PORT" >"$WORK/stub.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN"; do sleep 0.1; done
for batch in $(seq 0 9); do
  curl -s -o /dev/null "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"gre_tunnels\":[$(for i in $(seq 0 9); do tunnel "list_$((batch * 10 + i))"; done | paste -sd,)]}"
done
list_round() { # label -> a line: req/s, CPU us a request, GC pauses and concurrent cycles during the round
  run_wrk 20 list x "$LIST_ACCOUNT" >/dev/null # warm-up (JIT, and the collector's state after a fill)
  local l0 t0 r t1
  l0=$(wc -l <"$WORK/gc.log"); t0=$(cpu_ticks "$PID")
  r=$(run_wrk "$ROUND_SECONDS" list l "$LIST_ACCOUNT")
  t1=$(cpu_ticks "$PID")
  local gc; gc=$(sed -n "$((l0 + 1)),\$p" "$WORK/gc.log")
  echo "$1 rps=$(field "$r" rps) p99_ms=$(field "$r" p99_ms) cpu_us=$(( (t1 - t0) * TICK_US / $(field "$r" requests) ))" \
    "gc_pauses=$(echo "$gc" | grep -c 'Pause' || true) gc_pause_ms=$(echo "$gc" | grep 'Pause' | sed 's/.* \([0-9.]*\)ms$/\1/' | awk '{s += $1} END {printf "%.0f", s}')" \
    "concurrent_cycles=$(echo "$gc" | grep -c 'Concurrent Mark Cycle' || true)"
}
empty=$(list_round empty); echo "$empty"
stored=0; round=0
while [ "$stored" -lt "$TUNNELS" ]; do
  round=$((round + 1))
  r=$(run_wrk 10 create10 "f$round" "$FILL_ACCOUNT")
  stored=$(( stored + ($(field "$r" requests) - $(field "$r" non2xx)) * 10 ))
  kill -0 "$PID" 2>/dev/null || { echo "the stub died at about $stored tunnels" >&2; tail -5 "$WORK/stub.log" >&2; exit 1; }
done
full=$(list_round "stored=$stored"); echo "$full"
echo "heap after: $(jcmd "$PID" GC.heap_info | sed -n 's/.*\(total [0-9]*K, used [0-9]*K\).*/\1/p' | head -1)"
awk -v a="$(field "$full" rps)" -v b="$(field "$empty" rps)" -v c="$(field "$full" cpu_us)" -v d="$(field "$empty" cpu_us)" \
  'BEGIN { printf "list with %s stored / empty: req/s %.2f, CPU a request %.2f (target: req/s >= 0.9)\n", "'"$stored"'", a / b, c / d }'
