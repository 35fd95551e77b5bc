#!/usr/bin/env bash
# bench/heap.sh [JAR]: the in-memory store's bytes a stored tunnel, and the GC pauses while it fills.
# Starts the stub (java -Xmx512m -Xlog:gc -jar JAR, default server-stub/target/server-stub.jar), takes a class
# histogram of the live heap (jcmd GC.class_histogram, after a full collection), fills one account with TUNNELS
# tunnels through wrapped creates of 10 (wrk, 10 s rounds, the creates of bench/run.sh), takes the histogram
# again, and prints the live heap's growth a tunnel, the classes that grew most, and the pauses of the young
# collections during the fill (count, median, p99, max). env: TUNNELS (1000000) STUB_JAVA_OPTS (-Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-server-stub/target/server-stub.jar}
TUNNELS=${TUNNELS:-1000000}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
PORT=${PORT:-18095}
WORK=bench/target/heap
mkdir -p "$WORK"
ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
java $STUB_JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --port "$PORT" >"$WORK/stub.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT/client/v4/accounts/$ACCOUNT/magic/gre_tunnels" -H "Authorization: Bearer $TOKEN"; do sleep 0.1; done
histogram() { jcmd "$PID" GC.class_histogram | awk '$1 ~ /^[0-9]+:$/ { print $4, $3, $2 }'; }
# one warm-up round, so that the first histogram has the request path's own classes and caches loaded
ACCOUNT=$ACCOUNT TOKEN=$TOKEN PREFIX=w THREADS=2 wrk -t2 -c16 -d5s -s bench/wrk/create10.lua "http://127.0.0.1:$PORT/" | grep '^RESULT' >"$WORK/warmup"
warm=$(( ($(sed 's/.*requests=\([0-9]*\).*/\1/' "$WORK/warmup") - $(sed 's/.*non2xx=\([0-9]*\).*/\1/' "$WORK/warmup")) * 10 ))
histogram >"$WORK/before"
gc_from=$(wc -l <"$WORK/gc.log")
stored=0; round=0
while [ "$stored" -lt "$TUNNELS" ]; do
  round=$((round + 1))
  r=$(ACCOUNT=$ACCOUNT TOKEN=$TOKEN PREFIX="f$round" THREADS=2 wrk -t2 -c16 -d10s -s bench/wrk/create10.lua "http://127.0.0.1:$PORT/" | grep '^RESULT')
  stored=$(( stored + ($(echo "$r" | sed 's/.*requests=\([0-9]*\).*/\1/') - $(echo "$r" | sed 's/.*non2xx=\([0-9]*\).*/\1/')) * 10 ))
  kill -0 "$PID" 2>/dev/null || { echo "the stub died at about $stored tunnels" >&2; tail -5 "$WORK/stub.log" >&2; exit 1; }
done
gc_to=$(wc -l <"$WORK/gc.log")
histogram >"$WORK/after"
total() { awk '{ s += $2 } END { print s }' "$1"; }
echo "tunnels stored during the fill: $stored (and $warm in the warm-up, before the first histogram)"
echo "live heap: $(( $(total "$WORK/before") / 1048576 )) MiB before, $(( $(total "$WORK/after") / 1048576 )) MiB after; $(( ($(total "$WORK/after") - $(total "$WORK/before")) / stored )) bytes a tunnel"
echo "classes that grew most (bytes a tunnel, instances a tunnel):"
awk -v n="$stored" 'NR == FNR { b[$1] = $2; c[$1] = $3; next } { d = $2 - b[$1]; if (d > 0) printf "  %7.1f %6.2f %s\n", d / n, ($3 - c[$1]) / n, $1 }' \
  "$WORK/before" "$WORK/after" | sort -rn | head -8
sed -n "$((gc_from + 1)),${gc_to}p" "$WORK/gc.log" | grep 'Pause' | sed 's/.* \([0-9.]*\)ms$/\1/' | sort -n |
  awk '{ v[NR] = $1; s += $1 } END { if (NR) printf "GC pauses during the fill: %d, median %.1f ms, p99 %.1f ms, max %.1f ms, total %.0f ms\n", NR, v[int((NR + 1) / 2)], v[int(NR * 0.99 + 0.5) ? int(NR * 0.99 + 0.5) : 1], v[NR], s }'
grep -c 'Pause Young (Concurrent Start)\|Concurrent Mark Cycle' "$WORK/gc.log" | sed 's/^/concurrent mark starts and cycles in the log: /'
