#!/usr/bin/env bash
# bench/million.sh [JAR]: the in-memory store with a million tunnels in the stub's 512 MiB heap (issue 23, item 3
# and the million target), alone, on one stub (java -Xmx512m -Xlog:gc -jar JAR, default the built jar):
#   1. list of a 100-tunnel account with an (almost) empty store: req/s and CPU microseconds a request (two
#      rounds of 30 s warm-up and ROUND_SECONDS measured; the second is the reference);
#   2. a class histogram of the live heap (jcmd GC.class_histogram, after a full collection);
#   3. TUNNELS more tunnels into another account through wrapped creates of 10 (wrk, 10 s rounds), with the GC
#      pauses of that fill (count, median, p99, max) and the concurrent mark cycles;
#   4. the histogram again: the live heap's growth a stored tunnel, and the classes that grew;
#   5. the same list round, and the ratio to step 1's second round (target: req/s >= 0.9 of the empty store's).
# bench/run.sh measures the million target among its other rounds; this one runs it alone, in a few minutes.
# env: TUNNELS (1000000) ROUND_SECONDS (10) STUB_JAVA_OPTS (-Xmx512m) PORT (18097)
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
created() { echo $(( ($(field "$1" requests) - $(field "$1" non2xx)) * 10 )); }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
histogram() { jcmd "$PID" GC.class_histogram | awk '$1 ~ /^[0-9]+:$/ { print $4, $3, $2 }'; }
total() { awk '{ s += $2 } END { print s }' "$1"; }
pauses() { # GC log lines FROM TO -> count, median, p99, max and total of the pauses, concurrent mark cycles
  sed -n "$(($1 + 1)),$2p" "$WORK/gc.log" >"$WORK/gc.part"
  grep 'Pause' "$WORK/gc.part" | sed 's/.* \([0-9.]*\)ms$/\1/' | sort -n | awk '{ v[NR] = $1; s += $1 }
    END { p = int(NR * 0.99 + 0.5); if (p < 1) p = 1; if (NR) printf "%d pauses, median %.1f ms, p99 %.1f ms, max %.1f ms, total %.0f ms", NR, v[int((NR + 1) / 2)], v[p], v[NR], s; else printf "no pause" }'
  echo ", $(grep -c 'Concurrent Mark Cycle' "$WORK/gc.part" || true) concurrent mark cycles"
}
list_round() { # label -> req/s, CPU us a request, and the collector's work during the round
  run_wrk 30 list x "$LIST_ACCOUNT" >/dev/null # warm-up: the JIT, and the collector's state after a fill
  local l0 t0 r t1 l1
  l0=$(wc -l <"$WORK/gc.log"); t0=$(cpu_ticks "$PID")
  r=$(run_wrk "$ROUND_SECONDS" list l "$LIST_ACCOUNT")
  t1=$(cpu_ticks "$PID"); l1=$(wc -l <"$WORK/gc.log")
  echo "$1 rps=$(field "$r" rps) p99_ms=$(field "$r" p99_ms) non2xx=$(field "$r" non2xx) cpu_us=$(( (t1 - t0) * TICK_US / $(field "$r" requests) )) gc: $(pauses "$l0" "$l1")"
}

java $STUB_JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --port "$PORT" >"$WORK/stub.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN"; do
  kill -0 "$PID" 2>/dev/null || { echo "the stub did not start:" >&2; tail -3 "$WORK/stub.log" >&2; exit 1; }
  sleep 0.1
done
for batch in $(seq 0 9); do
  curl -s -o /dev/null "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"gre_tunnels\":[$(for i in $(seq 0 9); do tunnel "list_$((batch * 10 + i))"; done | paste -sd,)]}"
done
# a short round of creates first, so that the first histogram has the create path's classes and caches
warm=$(created "$(run_wrk 5 create10 w "$FILL_ACCOUNT")")
# twice: the first round warms the JIT for list, the second is the reference (the full store's round comes later
# still, with a JIT as warm or warmer: a ratio above 1 means "no slower", no more)
echo "$(list_round "list, empty store, first round ($((warm + 100)) tunnels):")"
empty=$(list_round "list, empty store ($((warm + 100)) tunnels):"); echo "$empty"
histogram >"$WORK/before"
gc_from=$(wc -l <"$WORK/gc.log")
stored=0; round=0
while [ "$stored" -lt "$TUNNELS" ]; do
  round=$((round + 1))
  stored=$((stored + $(created "$(run_wrk 10 create10 "f$round" "$FILL_ACCOUNT")")))
  kill -0 "$PID" 2>/dev/null || { echo "the stub died at about $stored tunnels" >&2; tail -5 "$WORK/stub.log" >&2; exit 1; }
done
echo "fill of $stored tunnels: $(pauses "$gc_from" "$(wc -l <"$WORK/gc.log")")"
histogram >"$WORK/after"
echo "live heap: $(( $(total "$WORK/before") / 1048576 )) MiB before the fill, $(( $(total "$WORK/after") / 1048576 )) MiB after; $(( ($(total "$WORK/after") - $(total "$WORK/before")) / stored )) bytes a stored tunnel; the classes that grew (bytes, instances a tunnel):"
awk -v n="$stored" 'NR == FNR { b[$1] = $2; c[$1] = $3; next } { d = $2 - b[$1]; if (d > 0) printf "  %7.1f %6.2f %s\n", d / n, ($3 - c[$1]) / n, $1 }' \
  "$WORK/before" "$WORK/after" | sort -rn | head -6
full=$(list_round "list, $((stored + warm + 100)) tunnels stored:"); echo "$full"
awk -v a="$(field "$full" rps)" -v b="$(field "$empty" rps)" -v c="$(field "$full" cpu_us)" -v d="$(field "$empty" cpu_us)" \
  'BEGIN { printf "list with the store full / empty: req/s %.2f (target >= 0.9), CPU a request %.2f\n", a / b, c / d }'
