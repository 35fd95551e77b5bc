#!/usr/bin/env bash
# The stub against a bare JDK HTTP server, side by side, in one run. See docs/benchmarks.md.
#
#   bench/run.sh
#
# env: WARMUP_SECONDS (40) ROUND_SECONDS (15) FULL_STORE (200000) WRK_THREADS (2) STUB_PORT (18080)
#      BASE_PORT (18081) STUB_JAVA_OPTS (-Xmx512m) SKIP_BUILD (0) OUT (bench/target/bench-results.md)
#      JFR=1 records a JFR profile of the stub over the 32-connection round (bench/target/stub-32.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP_SECONDS=${WARMUP_SECONDS:-40}
ROUND_SECONDS=${ROUND_SECONDS:-15}
FULL_STORE=${FULL_STORE:-200000}
WRK_THREADS=${WRK_THREADS:-2}
STUB_PORT=${STUB_PORT:-18080}
BASE_PORT=${BASE_PORT:-18081}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
SKIP_BUILD=${SKIP_BUILD:-0}
OUT=${OUT:-bench/target/bench-results.md}
JFR=${JFR:-0}
ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
WARMUP_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
LUA=bench/wrk/create.lua
COMMAND="bench/run.sh"
[ "$WARMUP_SECONDS" != 40 ] && COMMAND="WARMUP_SECONDS=$WARMUP_SECONDS $COMMAND"
[ "$ROUND_SECONDS" != 15 ] && COMMAND="ROUND_SECONDS=$ROUND_SECONDS $COMMAND"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

if [ "$SKIP_BUILD" != 1 ]; then
  echo "building the stub and the bench module" >&2
  mvn -B -q -pl server-stub,bench -am package -DskipTests >/dev/null
fi

STUB_PID=""
BASE_PID=""
cleanup() {
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
  [ -n "$BASE_PID" ] && kill "$BASE_PID" 2>/dev/null || true
}
trap cleanup EXIT

create_url() { echo "http://127.0.0.1:$1/client/v4/accounts/$2/magic/gre_tunnels"; }
BODY='{"cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.1","interface_address":"10.212.0.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127","description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":1476,"ttl":64,"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},"name":"NAME"}'
INVALID_BODY='{"cloudflare_gre_endpoint":"203.0.113.999","customer_gre_endpoint":"203.0.113.1","interface_address":"192.0.2.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127","description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":100,"ttl":64,"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},"name":"bad"}'
post() { # url body -> "status size"
  curl -s -o /dev/null -w '%{http_code} %{size_download}' "$1" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" -d "$2" 2>/dev/null || echo "000 0"
}

echo "load before the run: $(uptime)" >&2
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')

# --- the stub, exactly as users start it (the built jar, default settings), on a chosen port ---
start_ns=$(date +%s%N)
java $STUB_JAVA_OPTS -jar server-stub/target/server-stub.jar --port "$STUB_PORT" >bench/target/stub.log 2>&1 &
STUB_PID=$!
i=0
until [ "$(post "$(create_url "$STUB_PORT" "$WARMUP_ACCOUNT")" "${BODY/NAME/startup_$i}" | cut -d' ' -f1)" = 200 ]; do
  i=$((i + 1)); sleep 0.01
  kill -0 "$STUB_PID" 2>/dev/null || { echo "the stub died:" >&2; cat bench/target/stub.log >&2; exit 1; }
done
STARTUP_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
OK_BYTES=$(post "$(create_url "$STUB_PORT" "$WARMUP_ACCOUNT")" "${BODY/NAME/size_probe}" | cut -d' ' -f2)
ERR_BYTES=$(post "$(create_url "$STUB_PORT" "$ACCOUNT")" "$INVALID_BODY" | cut -d' ' -f2)
echo "stub pid $STUB_PID: first 200 after ${STARTUP_MS} ms; 200 body $OK_BYTES bytes, 400 body $ERR_BYTES bytes" >&2

# --- the baseline: JDK com.sun.net.httpserver answering the same sizes ---
java -cp bench/target/benchmarks.jar dev.magicgre.bench.JdkBaselineServer --port "$BASE_PORT" \
  --ok-bytes "$OK_BYTES" --error-bytes "$ERR_BYTES" >bench/target/baseline.log 2>&1 &
BASE_PID=$!
until [ "$(post "$(create_url "$BASE_PORT" "$ACCOUNT")" "${BODY/NAME/x}" | cut -d' ' -f1)" = 200 ]; do sleep 0.05; done

# run_wrk PORT CONNS SECONDS MODE PREFIX ACCOUNT -> RESULT line
run_wrk() {
  local threads=$WRK_THREADS
  [ "$2" -lt "$threads" ] && threads=$2
  ACCOUNT=$6 TOKEN=$TOKEN PREFIX=$5 MODE=$4 wrk -t"$threads" -c"$2" -d"$3s" --timeout 10s -s "$LUA" \
    "http://127.0.0.1:$1/" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "warm-up: ${WARMUP_SECONDS}s each at 32 connections (stub: creates in the second account)" >&2
w=$(run_wrk "$STUB_PORT" 32 "$WARMUP_SECONDS" create w "$WARMUP_ACCOUNT")
OTHER_CREATED=$(( $(field "$w" requests) - $(field "$w" non2xx) ))
run_wrk "$BASE_PORT" 32 "$WARMUP_SECONDS" create w "$ACCOUNT" >/dev/null

ROWS=()
CREATED=0
declare -A R
round() { # label conns mode prefix account
  local s b
  if [ "$JFR" = 1 ] && [ "$1" = "create, empty store" ]; then
    jcmd "$STUB_PID" JFR.start name=bench settings=default filename="$PWD/bench/target/stub-32.jfr" >/dev/null
  fi
  s=$(run_wrk "$STUB_PORT" "$2" "$ROUND_SECONDS" "$3" "$4" "$5")
  if [ "$JFR" = 1 ] && [ "$1" = "create, empty store" ]; then jcmd "$STUB_PID" JFR.stop name=bench >/dev/null; fi
  b=$(run_wrk "$BASE_PORT" "$2" "$ROUND_SECONDS" "$3" "$4" "$5")
  echo "$1 c=$2 stub: $s" >&2
  echo "$1 c=$2 base: $b" >&2
  if [ "$3" = create ] && [ "$5" = "$ACCOUNT" ]; then CREATED=$((CREATED + $(field "$s" requests) - $(field "$s" non2xx))); fi
  if [ "$3" = create ] && [ "$5" != "$ACCOUNT" ]; then OTHER_CREATED=$((OTHER_CREATED + $(field "$s" requests) - $(field "$s" non2xx))); fi
  R["$1/$2"]="$s|$b"
  ROWS+=("$1|$2")
}

# 8 and 128 connections create in the warm-up's account; the measured account stays empty until the
# 32-connection round, which therefore runs on an empty account after the longest warm-up
round "create" 8 create c8 "$WARMUP_ACCOUNT"
round "create" 128 create c128 "$WARMUP_ACCOUNT"
round "validate_only" 32 validate_only v32 "$ACCOUNT"
round "invalid body (400s)" 32 invalid i32 "$ACCOUNT"
round "create, empty store" 32 create e32 "$ACCOUNT"

# top the store up to FULL_STORE tunnels in the measured account (creates over HTTP, like users)
FILL=0
while [ "$CREATED" -lt "$FULL_STORE" ]; do
  FILL=$((FILL + 1))
  r=$(run_wrk "$STUB_PORT" 32 5 create "f$FILL" "$ACCOUNT")
  CREATED=$((CREATED + $(field "$r" requests) - $(field "$r" non2xx)))
done
STORED_BEFORE_FULL=$CREATED
round "create, full store" 32 create g32 "$ACCOUNT"

RSS=$(awk '/VmRSS/{print $2}' /proc/"$STUB_PID"/status)
HWM=$(awk '/VmHWM/{print $2}' /proc/"$STUB_PID"/status)
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "-" }'; }
{
  echo "| round | conns | stub req/s | stub p50 ms | stub p99 ms | stub non-2xx | JDK req/s | JDK p50 ms | JDK p99 ms | JDK non-2xx | req/s stub/JDK | p99 stub/JDK |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${ROWS[@]}"; do
    label=${row%|*}; conns=${row#*|}
    s=${R["$label/$conns"]%|*}; b=${R["$label/$conns"]#*|}
    printf '| %s | %s | %.0f | %s | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' "$label" "$conns" \
      "$(field "$s" rps)" "$(field "$s" p50_ms)" "$(field "$s" p99_ms)" "$(field "$s" non2xx)" \
      "$(field "$b" rps)" "$(field "$b" p50_ms)" "$(field "$b" p99_ms)" "$(field "$b" non2xx)" \
      "$(ratio "$(field "$s" rps)" "$(field "$b" rps)")" "$(ratio "$(field "$s" p99_ms)" "$(field "$b" p99_ms)")"
  done
  echo
  e=${R["create, empty store/32"]%|*}; f=${R["create, full store/32"]%|*}; eb=${R["create, empty store/32"]#*|}
  echo "- stub start-up to its first 200: ${STARTUP_MS} ms; resident memory at the end: VmRSS $((RSS / 1024)) MiB, VmHWM $((HWM / 1024)) MiB (java $STUB_JAVA_OPTS)"
  echo "- tunnels stored before the full-store round: $STORED_BEFORE_FULL in the measured account, $OTHER_CREATED more in the second (warm-up, 8 and 128 connections)"
  echo "- creates/s, full store / empty store (32 connections): $(ratio "$(field "$f" rps)" "$(field "$e" rps)") (target >= 0.9)"
  echo "- creates/s, stub / JDK (32 connections, empty store): $(ratio "$(field "$e" rps)" "$(field "$eb" rps)") (target >= 1.0); p99 stub / JDK: $(ratio "$(field "$e" p99_ms)" "$(field "$eb" p99_ms)") (target <= 1.5)"
  echo "- wrk $WRK_THREADS threads, ${WARMUP_SECONDS} s warm-up per server, ${ROUND_SECONDS} s per round; load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
  echo "- reproduce: \`$COMMAND\`"
} | tee "$OUT"
