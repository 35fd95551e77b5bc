#!/usr/bin/env bash
# bench/warmup-curve.sh: how long the stub's JIT takes to settle, on this machine. One `java -jar` of the built
# stub (as bench/run.sh starts it), a 100-tunnel account seeded through the API, WARMUP_SECONDS of creates, then
# ROUNDS rounds of SECONDS each of every operation of OPS in turn (wrk -t2 -c32, the scripts of bench/wrk):
# req/s, p99 and the JVM's user and system CPU microseconds a request, round by round. The round at which the
# figures stop moving is how much warm-up an operation needs before a measured round means the steady state.
#
# env: OPS ("create get list") ROUNDS (6) ROUND_SECONDS (8) WARMUP_SECONDS (15) STUB_JAVA_OPTS (-Xmx512m) PORT (18112)
set -euo pipefail
cd "$(dirname "$0")/.."
OPS=${OPS:-create get list}
ROUNDS=${ROUNDS:-6}
SECONDS_EACH=${ROUND_SECONDS:-8}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
PORT=${PORT:-18112}
JAR=${JAR:-server-stub/target/server-stub.jar}
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
LIST_ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
CREATE_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
WORK=bench/target/warmup-curve
mkdir -p "$WORK"
[ -f "$JAR" ] || mvn -B -q -pl server-stub -am package -DskipTests >/dev/null
TICK_US=$((1000000 / $(getconf CLK_TCK)))

java $STUB_JAVA_OPTS -jar "$JAR" --port "$PORT" >"$WORK/stub.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT/client/v4/"; do
  kill -0 "$PID" 2>/dev/null || { echo "the stub did not start:" >&2; tail -3 "$WORK/stub.log" >&2; exit 1; }
  sleep 0.1
done
LIST_URL="http://127.0.0.1:$PORT/client/v4/accounts/$LIST_ACCOUNT/magic/gre_tunnels"
: >"$WORK/list-ids.txt"
for batch in $(seq 0 9); do
  body="{\"gre_tunnels\":[$(for i in $(seq 0 9); do
    echo "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\",\"name\":\"list_${batch}_$i\"}"
  done | paste -sd,)]}"
  curl -s "$LIST_URL" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" |
    grep -o '"id":"[0-9a-f]*","name":"[a-z_0-9]*"' | sed 's/"id":"\([0-9a-f]*\)","name":"\([a-z_0-9]*\)"/\1 \2/' >>"$WORK/list-ids.txt"
done

wrk_run() { # seconds script prefix account -> RESULT line
  ACCOUNT=$4 TOKEN=$TOKEN PREFIX=$3 THREADS=2 IDS="$WORK/list-ids.txt" \
    wrk -t2 -c32 -d"$1s" --timeout 10s -s "bench/wrk/$2.lua" "http://127.0.0.1:$PORT/" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "stub: $JAR, $STUB_JAVA_OPTS; ${WARMUP_SECONDS} s of creates, then $ROUNDS rounds of ${SECONDS_EACH} s of: $OPS"
wrk_run "$WARMUP_SECONDS" create w "$CREATE_ACCOUNT" >/dev/null
echo "| round | operation | traffic of it so far, s | req/s | p99 ms | user CPU us/req | system CPU us/req |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
  for op in $OPS; do
    account=$LIST_ACCOUNT; [ "$op" = create ] && account=$CREATE_ACCOUNT
    read -r u0 s0 < <(awk '{print $14, $15}' "/proc/$PID/stat")
    r=$(wrk_run "$SECONDS_EACH" "$op" "r$round" "$account")
    read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$PID/stat")
    n=$(field "$r" requests)
    so_far=$((round * SECONDS_EACH)); [ "$op" = create ] && so_far=$((so_far + WARMUP_SECONDS))
    echo "| $round | $op | $so_far | $(field "$r" rps) | $(field "$r" p99_ms) | $(( (u1 - u0) * TICK_US / n )) | $(( (s1 - s0) * TICK_US / n )) |"
  done
done
echo "reproduce: bench/warmup-curve.sh"
