#!/usr/bin/env bash
# bench/ab.sh JAR_A JAR_B: the stub's own cost per request of two builds, A/B, for one change measured alone.
# Starts each jar in turn (java -Xmx512m -jar, as bench/run.sh does), seeds a 100-tunnel account, warms up with
# creates, then measures each operation of OPS: CPU microseconds a request (from /proc, steadier than req/s on a
# shared machine) and bytes allocated a request (from the GC log: what each young collection found in use,
# beside what the previous one left). RUNS pairs, A and B alternating (A B B A A B ...), so a load that changes
# during the comparison falls on both. One RESULT line per jar, operation and run on stdout.
#
# env: RUNS (2) OPS ("create get list") WARMUP_SECONDS (20) OP_WARMUP_SECONDS (20) ROUND_SECONDS (10)
#      STUB_JAVA_OPTS (-Xmx512m). The JIT on two cores takes 20-30 s of an operation's traffic to settle
#      (bench/warmup-curve.sh): with a few seconds of warm-up, an A/B measures which jar's JIT finished first.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-2}
OPS=${OPS:-create get list}
WARMUP_SECONDS=${WARMUP_SECONDS:-20}
OP_WARMUP_SECONDS=${OP_WARMUP_SECONDS:-20}
ROUND_SECONDS=${ROUND_SECONDS:-10}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
PORT=${PORT:-18094}
LIST_ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
CREATE_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
WORK=bench/target/ab
mkdir -p "$WORK"
TICK_US=$((1000000 / $(getconf CLK_TCK)))
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

url() { echo "http://127.0.0.1:$PORT/client/v4/accounts/$1/magic/gre_tunnels"; }
tunnel() { echo "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\",\"interface_address6\":\"2606:54c1:7:0:a9fe:12d2:1:200/127\",\"description\":\"Tunnel for ISP X\",\"automatic_return_routing\":true,\"mtu\":1476,\"ttl\":64,\"health_check\":{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"direction\":\"bidirectional\",\"target\":\"203.0.113.1\"},\"name\":\"$1\"}"; }
wrk_round() { # seconds script prefix account -> RESULT line
  ACCOUNT=$4 TOKEN=$TOKEN PREFIX=$3 THREADS=2 IDS="$WORK/list-ids.txt" \
    wrk -t2 -c32 -d"$1s" --timeout 10s -s "bench/wrk/$2.lua" "http://127.0.0.1:$PORT/" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
heap_used_kib() { jcmd "$1" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1; }
# KiB allocated between two points of the GC log: LINES_BEFORE USED_BEFORE LINES_AFTER USED_AFTER
allocated_kib() {
  sed -n "$(($1 + 1)),$3p" "$WORK/gc.log" | grep -o 'Pause Young[^)]*)[^)]*) [0-9]*M->[0-9]*M' |
    sed 's/.* \([0-9]*\)M->\([0-9]*\)M/\1 \2/' |
    awk -v prev="$2" -v last="$4" '{ sum += $1 * 1024 - prev; prev = $2 * 1024 } END { print sum + last - prev }'
}

measure() { # label jar run
  local label=$1 jar=$2 run=$3
  rm -f "$WORK/gc.log"
  java $STUB_JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$jar" --port "$PORT" >"$WORK/stub.log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN"; do
    kill -0 "$PID" 2>/dev/null || { echo "the stub did not start:" >&2; tail -3 "$WORK/stub.log" >&2; exit 1; }
    sleep 0.1
  done
  : >"$WORK/list-ids.txt"
  for batch in $(seq 0 9); do
    body="{\"gre_tunnels\":[$(for i in $(seq 0 9); do tunnel "list_$((batch * 10 + i))"; done | paste -sd,)]}"
    curl -s "$(url "$LIST_ACCOUNT")" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" |
      grep -o '"id":"[0-9a-f]*","name":"[a-z_0-9]*"' | sed 's/"id":"\([0-9a-f]*\)","name":"\([a-z_0-9]*\)"/\1 \2/' >>"$WORK/list-ids.txt"
  done
  wrk_round "$WARMUP_SECONDS" create w "$CREATE_ACCOUNT" >/dev/null
  for op in $OPS; do
    account=$LIST_ACCOUNT; [ "$op" = create ] && account=$CREATE_ACCOUNT
    wrk_round "$OP_WARMUP_SECONDS" "$op" "x$run" "$account" >/dev/null
    local t0 l0 u0 r t1 l1 u1
    t0=$(cpu_ticks "$PID"); l0=$(wc -l <"$WORK/gc.log"); u0=$(heap_used_kib "$PID")
    r=$(wrk_round "$ROUND_SECONDS" "$op" "${op:0:1}$run" "$account")
    t1=$(cpu_ticks "$PID"); u1=$(heap_used_kib "$PID"); l1=$(wc -l <"$WORK/gc.log")
    n=$(field "$r" requests)
    kib=$(allocated_kib "$l0" "$u0" "$l1" "$u1")
    echo "RESULT label=$label run=$run op=$op rps=$(field "$r" rps) p99_ms=$(field "$r" p99_ms) non2xx=$(field "$r" non2xx) cpu_us=$(( (t1 - t0) * TICK_US / n )) alloc_b=$(( kib * 1024 / n ))"
  done
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

for run in $(seq 1 "$RUNS"); do
  if [ $((run % 2)) = 1 ]; then measure A "$1" "$run"; measure B "$2" "$run"; else measure B "$2" "$run"; measure A "$1" "$run"; fi
done
