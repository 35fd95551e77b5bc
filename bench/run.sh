#!/usr/bin/env bash
# The stub beside what a team would use instead, for every operation, in one run. See docs/benchmarks.md.
#
#   bench/run.sh
#
# Peers, each answering on the same wrk scripts (bench/wrk/*.lua), rounds alternating between them:
#   stub      the built jar as users start it (java -Xmx512m -jar server-stub/target/server-stub.jar)
#   jersey    a bare Jersey resource on the stub's own Grizzly set-up, answering the stub's answer (the ceiling)
#   jdk       the JDK's com.sun.net.httpserver answering the stub's answer
#   wiremock  WireMock standalone from Maven Central, one static mapping per operation with the stub's answer
# The peers' answers are the stub's own, byte for byte: probed from the stub before they start.
#
# env: WARMUP_SECONDS (30) OP_WARMUP_SECONDS (20: the JIT on two cores needs 20-30 s of an operation's traffic to
#      settle, bench/warmup-curve.sh; 3 until 2026-12-07) ROUND_SECONDS (10) WRK_THREADS (2) CONNECTIONS (32)
#      MILLION (1000000, 0 skips the million-tunnel round) DELETE_SEED (300000; the stub's delete warm-up deletes DELETE_WARM_SEED others, as many by default: past them it answers 404s) STARTUP_RUNS (5, 0 skips)
#      STUB_JAVA_OPTS (-Xmx512m) PEERS ("stub jersey jdk wiremock") SKIP_BUILD (0) OUT (bench/target/bench-results.md)
#      ROUNDS (every operation: "create create10 get list update delete invalid"; the million round follows
#      whenever MILLION > 0, e.g. ROUNDS=list PEERS=stub for the million target alone; the first round after
#      the create warm-up has the least warmed JIT, which makes that ratio flatter than it is: see docs/benchmarks.md)
#      JFR=1 records a JFR profile of the stub (and bare Jersey: OP-jersey.jfr) over each measured round (bench/target/jfr/OP.jfr, CPU
#      samples every 5 ms: bench/jfr/cpu.jfc; shares per method: bench/jfr/shares.sh FILE.jfr); it costs those
#      rounds throughput, so do not quote a JFR run's table
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP_SECONDS=${WARMUP_SECONDS:-30}
OP_WARMUP_SECONDS=${OP_WARMUP_SECONDS:-20}
ROUND_SECONDS=${ROUND_SECONDS:-10}
WRK_THREADS=${WRK_THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
MILLION=${MILLION:-1000000}
DELETE_SEED=${DELETE_SEED:-300000}
DELETE_WARM_SEED=${DELETE_WARM_SEED:-$DELETE_SEED}
STARTUP_RUNS=${STARTUP_RUNS:-5}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
PEERS=${PEERS:-stub jersey jdk wiremock}
SKIP_BUILD=${SKIP_BUILD:-0}
OUT=${OUT:-bench/target/bench-results.md}
JFR=${JFR:-0}
declare -A PORT=([stub]=18080 [jdk]=18081 [jersey]=18082 [wiremock]=18083)
# the two accounts the stub's default identities may use: the list account holds exactly 100 tunnels, for the
# get, list and update rounds; every create (and the delete round's seeds) goes to the other
LIST_ACCOUNT=023e105f4ecef8ad9ca31a8372d0c353
CREATE_ACCOUNT=9a7806061c88ada191ed06f989cc3dac
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
OPERATIONS=(create create10 get list update delete invalid)
ROUNDS=${ROUNDS:-${OPERATIONS[*]}}
COMMAND="bench/run.sh"
for knob in WARMUP_SECONDS ROUND_SECONDS MILLION; do
  case "$knob=${!knob}" in WARMUP_SECONDS=30 | ROUND_SECONDS=10 | MILLION=1000000) ;; *) COMMAND="$knob=${!knob} $COMMAND" ;; esac
done
mkdir -p bench/target

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing wrk (Debian package)" >&2
    apt-get install -y wrk >/dev/null
  else
    echo "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk) and run again" >&2
    exit 1
  fi
fi

if [ "$SKIP_BUILD" != 1 ]; then
  echo "building the stub and the bench module (with the WireMock standalone jar)" >&2
  mvn -B -q -pl server-stub,bench -am package -DskipTests -Pwiremock-peer >/dev/null
fi
BENCH_JAR=bench/target/benchmarks.jar
WIREMOCK_JAR=bench/target/wiremock/wiremock-standalone.jar

declare -A PID=()
cleanup() { for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "load before the run: $(uptime)" >&2
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
START_TIME=$(date -u '+%Y-%m-%d %H:%M UTC')

# --- start-up, before any load (bench/startup.sh) ---
STARTUP_TABLE=""
if [ "$STARTUP_RUNS" != 0 ]; then
  echo "start-up, $STARTUP_RUNS runs each" >&2
  STARTUP_TABLE=$(STARTUP_RUNS=$STARTUP_RUNS SKIP_BUILD=1 STUB_JAVA_OPTS="$STUB_JAVA_OPTS" bench/startup.sh)
  eval "$(echo "$STARTUP_TABLE" | grep '^STARTUP_')"
fi

collection() { echo "http://127.0.0.1:$1/client/v4/accounts/$2/magic/gre_tunnels"; }
# call METHOD URL [BODY] -> body on stdout; the status goes to the file $STATUS_FILE
STATUS_FILE=bench/target/last-status
call() {
  local args=(-s -o - -w '%{stderr}%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $TOKEN")
  [ $# -ge 3 ] && args+=(-H 'Content-Type: application/json' -d "$3")
  curl "${args[@]}" 2>"$STATUS_FILE" || true
}
status() { cat "$STATUS_FILE"; }
tunnel() { echo "{\"cloudflare_gre_endpoint\":\"203.0.113.1\",\"customer_gre_endpoint\":\"203.0.113.1\",\"interface_address\":\"10.212.0.0/31\",\"interface_address6\":\"2606:54c1:7:0:a9fe:12d2:1:200/127\",\"description\":\"Tunnel for ISP X\",\"automatic_return_routing\":true,\"mtu\":1476,\"ttl\":64,\"health_check\":{\"enabled\":true,\"rate\":\"mid\",\"type\":\"reply\",\"direction\":\"bidirectional\",\"target\":\"203.0.113.1\"},\"name\":\"$1\"}"; }
invalid_tunnel() { tunnel "$1" | sed 's/203.0.113.1"/203.0.113.999"/; s/10.212.0.0/192.0.2.0/; s/"mtu":1476/"mtu":100/'; }
ids_of() { grep -o '"id":"[0-9a-f]*"' | cut -d'"' -f4; }

# --- the stub, exactly as users start it (the built jar, default settings), on a chosen port ---
java $STUB_JAVA_OPTS -jar server-stub/target/server-stub.jar --port "${PORT[stub]}" >bench/target/stub.log 2>&1 &
PID[stub]=$!
until call POST "$(collection "${PORT[stub]}" "$CREATE_ACCOUNT")" "$(tunnel first)" >/dev/null && [ "$(status)" = 200 ]; do
  kill -0 "${PID[stub]}" 2>/dev/null || { echo "the stub died:" >&2; cat bench/target/stub.log >&2; exit 1; }
  sleep 0.05
done

# --- seeding through the API, and the stub's answer to each operation (the peers give the same bytes) ---
ANSWERS=bench/target/answers SEED=bench/target/seed
rm -rf "$ANSWERS" "$SEED" && mkdir -p "$ANSWERS" "$SEED"
LIST_URL=$(collection "${PORT[stub]}" "$LIST_ACCOUNT")
CREATE_URL=$(collection "${PORT[stub]}" "$CREATE_ACCOUNT")
answer() { # operation expected-status -> writes the last call's body and status; 1 when not the expected status
  cat >"$ANSWERS/$1.json"; status >"$ANSWERS/$1.status"
  [ "$(status)" = "$2" ] || { echo "the stub answers $1 with $(status): not measured" >&2; rm "$ANSWERS/$1".*; return 1; }
}
call POST "$CREATE_URL" "$(tunnel probe_create)" | answer create 200
call POST "$CREATE_URL" "$(invalid_tunnel probe_bad)" | answer invalid 400
wrapped="{\"gre_tunnels\":[$(for i in $(seq 0 9); do tunnel "probe_w$i"; done | paste -sd,)]}"
WRAPPED=1; call POST "$CREATE_URL" "$wrapped" | answer create10 200 || WRAPPED=0
# the list account: 100 tunnels (ten wrapped creates where the stub has them), their ids and names kept
for batch in $(seq 0 9); do
  names=$(for i in $(seq 0 9); do echo "list_$((batch * 10 + i))"; done)
  if [ "$WRAPPED" = 1 ]; then
    call POST "$LIST_URL" "{\"gre_tunnels\":[$(for n in $names; do tunnel "$n"; done | paste -sd,)]}" | ids_of >"$SEED/batch"
  else
    : >"$SEED/batch"; for n in $names; do call POST "$LIST_URL" "$(tunnel "$n")" | ids_of >>"$SEED/batch"; done
  fi
  paste -d' ' "$SEED/batch" <(echo "$names") >>"$SEED/list-ids.txt"
done
read -r FIRST_ID FIRST_NAME <"$SEED/list-ids.txt"
call GET "$LIST_URL/$FIRST_ID" | answer get 200 || true
call GET "$LIST_URL" | answer list 200 || true
call PUT "$LIST_URL/$FIRST_ID" "$(tunnel "$FIRST_NAME")" | answer update 200 || true
probe_id=$(call POST "$CREATE_URL" "$(tunnel probe_delete)" | ids_of | head -1)
call DELETE "$CREATE_URL/$probe_id" | answer delete 200 || true
SUPPORTED=" "; for op in "${OPERATIONS[@]}"; do [ -f "$ANSWERS/$op.json" ] && SUPPORTED+="$op "; done
LISTED=$(grep -o '"id":"[0-9a-f]*"' "$ANSWERS/list.json" 2>/dev/null | wc -l || true)
echo "operations the stub answers: $SUPPORTED(list answer: $LISTED tunnels; $(wc -l <"$SEED/list-ids.txt") seeded)" >&2

# --- the peers ---
if [[ " $PEERS " == *" jersey "* ]]; then
  java -cp "$BENCH_JAR" dev.magicgre.bench.BareJerseyServer --port "${PORT[jersey]}" --answers "$ANSWERS" >bench/target/jersey.log 2>&1 &
  PID[jersey]=$!
fi
if [[ " $PEERS " == *" jdk "* ]]; then
  java -cp "$BENCH_JAR" dev.magicgre.bench.JdkBaselineServer --port "${PORT[jdk]}" --answers "$ANSWERS" >bench/target/jdk.log 2>&1 &
  PID[jdk]=$!
fi
if [[ " $PEERS " == *" wiremock "* ]]; then
  rm -rf bench/target/wiremock-root
  java -cp "$BENCH_JAR" dev.magicgre.bench.WireMockMappings --answers "$ANSWERS" --root bench/target/wiremock-root
  java -jar "$WIREMOCK_JAR" --port "${PORT[wiremock]}" --bind-address 127.0.0.1 --root-dir bench/target/wiremock-root \
    --no-request-journal --disable-request-logging --disable-banner >bench/target/wiremock.log 2>&1 &
  PID[wiremock]=$!
fi
for peer in $PEERS; do
  [ "$peer" = stub ] && continue
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Bench-Op: create' -H 'Content-Type: application/json' \
      -d '{}' "$(collection "${PORT[$peer]}" "$CREATE_ACCOUNT")")" = 200 ]; do
    kill -0 "${PID[$peer]}" 2>/dev/null || { echo "$peer died:" >&2; cat "bench/target/$peer.log" >&2; exit 1; }
    sleep 0.1
  done
done

# run_wrk PEER SECONDS SCRIPT PREFIX ACCOUNT [ENV=VALUE...] -> the RESULT line
run_wrk() {
  local peer=$1 seconds=$2 script=$3 prefix=$4 account=$5
  shift 5
  env ACCOUNT="$account" TOKEN="$TOKEN" PREFIX="$prefix" THREADS="$WRK_THREADS" IDS="$SEED/list-ids.txt" "$@" \
    wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "bench/wrk/$script.lua" \
    "http://127.0.0.1:${PORT[$peer]}/" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# CPU a peer's JVM used (user + system, clock ticks): per request it is steadier than req/s on a shared machine
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))
STORED=0  # tunnels the stub holds, counted from the 200s of creates
count_creates() { # RESULT per-request-tunnels
  STORED=$((STORED + ($(field "$1" requests) - $(field "$1" non2xx)) * $2))
}

echo "warm-up: ${WARMUP_SECONDS}s of creates on each peer" >&2
for peer in $PEERS; do
  w=$(run_wrk "$peer" "$WARMUP_SECONDS" create "w" "$CREATE_ACCOUNT" MODE=create)
  [ "$peer" = stub ] && count_creates "$w" 1
done

declare -A R=()
round() { # operation script extra-env...: OP_WARMUP_SECONDS then ROUND_SECONDS on each peer in turn
  local op=$1 script=$2 peer r before
  shift 2
  for peer in $PEERS; do
    if [ "$op" = delete ]; then  # the warm-up deletes its own seeded tunnels, not the round's
      r=$(run_wrk "$peer" "$OP_WARMUP_SECONDS" "$script" "x$(prefix_of "$op")" "$(account_of "$op")" IDS="$SEED/delete-warm-ids.txt")
      [ "$peer" = stub ] && created "$op" "$r"
    elif [ "$op" = create ] || [ "$op" = create10 ]; then
      # the warm-up's creates are dry runs (validate_only: read, checked, built and answered as in the round,
      # not stored), so that the store grows by the measured rounds only, whatever the warm-up's length
      run_wrk "$peer" "$OP_WARMUP_SECONDS" "$script" "x$(prefix_of "$op")" "$(account_of "$op")" "$@" MODE=validate_only >/dev/null
    else
      run_wrk "$peer" "$OP_WARMUP_SECONDS" "$script" "x$(prefix_of "$op")" "$(account_of "$op")" "$@" >/dev/null
    fi
  done
  for peer in $PEERS; do
    jfr_peer "$peer" && mkdir -p bench/target/jfr && jcmd "${PID[$peer]}" JFR.start name="$op" \
      settings="$PWD/bench/jfr/cpu.jfc" filename="$PWD/bench/target/jfr/$(jfr_file "$op" "$peer")" >/dev/null
    before=$(cpu_ticks "${PID[$peer]}")
    r=$(run_wrk "$peer" "$ROUND_SECONDS" "$script" "$(prefix_of "$op")" "$(account_of "$op")" "$@")
    r="$r cpu_us=$(awk -v t=$(( $(cpu_ticks "${PID[$peer]}") - before )) -v n="$(field "$r" requests)" -v us="$TICK_US" \
      'BEGIN{ if (n > 0) printf "%.0f", t * us / n; else print "-" }')"
    jfr_peer "$peer" && jcmd "${PID[$peer]}" JFR.stop name="$op" >/dev/null
    [ "$peer" = stub ] && created "$op" "$r"
    R["$op/$peer"]=$r
    echo "$op $peer: $r" >&2
  done
}
# JFR=1 records the stub (OP.jfr) and bare Jersey (OP-jersey.jfr): the stub's profile minus the framework's own
jfr_peer() { [ "$JFR" = 1 ] && { [ "$1" = stub ] || [ "$1" = jersey ]; }; }
jfr_file() { if [ "$2" = stub ]; then echo "$1.jfr"; else echo "$1-$2.jfr"; fi; }
account_of() { case "$1" in get | list | update | list-million) echo "$LIST_ACCOUNT" ;; *) echo "$CREATE_ACCOUNT" ;; esac; }
prefix_of() { case "$1" in create) echo c ;; create10) echo t ;; *) echo "${1:0:1}" ;; esac; }
created() { # operation RESULT: the stub's tunnel count after a round
  case "$1" in
    create) count_creates "$2" 1 ;;
    create10) count_creates "$2" 10 ;;
    delete) STORED=$((STORED - ($(field "$2" requests) - $(field "$2" non2xx)))) ;;
  esac
}
supported() { [[ "$SUPPORTED" == *" $1 "* ]]; }
seed_deletes() { # set count: $SEED/delete-SET-ids.txt, COUNT tunnels created in the stub through wrapped creates
  echo "seeding $2 tunnels for the delete round's $1" >&2
  rm -f "$SEED"/delete-part-*
  while [ "$(cat "$SEED"/delete-part-* 2>/dev/null | wc -l)" -lt "$2" ]; do
    local n r f
    n=$(ls "$SEED" | grep -c '^delete-part-' || true)
    r=$(run_wrk stub 5 create10 "d$1$n" "$CREATE_ACCOUNT" IDS_OUT="$SEED/delete-part-$n")
    count_creates "$r" 10
    for f in "$SEED"/delete-part-"$n"-*; do mv "$f" "$SEED/delete-part-$n.${f##*-}"; done
  done
  cat "$SEED"/delete-part-* >"$SEED/delete-$1-ids.txt"
  rm -f "$SEED"/delete-part-*
}
measured() { supported "$1" && [[ " $ROUNDS " == *" $1 "* ]]; }

measured create && round create create MODE=create
measured create10 && round create10 create10
measured get && round get get
measured list && round list list
measured update && round update update
if measured delete && supported create10; then
  # tunnels for the delete round, created beforehand through the API (wrapped creates, their ids kept): one set
  # for the stub's warm-up deletes, another for the measured round, so that the round deletes only live tunnels
  seed_deletes warm "$DELETE_WARM_SEED"
  seed_deletes round "$DELETE_SEED"
  round delete delete IDS="$SEED/delete-round-ids.txt"
fi
measured invalid && round invalid create MODE=invalid

# --- a million tunnels in the stub's heap, then list of the 100-tunnel account again ---
MILLION_NOTE="not run (MILLION=0, or the stub has no wrapped create or list)"
if [ "$MILLION" -gt 0 ] && supported create10 && supported list && [[ " $PEERS " == *" stub "* ]]; then
  echo "filling the stub to $MILLION tunnels (wrapped creates of 10, $STORED stored so far)" >&2
  fill=0; seconds=10
  while [ "$STORED" -lt "$MILLION" ]; do
    fill=$((fill + 1)); stored_before=$STORED
    r=$(run_wrk stub "$seconds" create10 "m$fill" "$CREATE_ACCOUNT")
    count_creates "$r" 10
    kill -0 "${PID[stub]}" 2>/dev/null || { echo "the stub died while filling:" >&2; tail -20 bench/target/stub.log >&2; exit 1; }
    # the last round only as long as the rest takes at this round's rate: the store ends near the million,
    # not a 10 s round past it
    rate=$(( (STORED - stored_before) / seconds )); remaining=$((MILLION - STORED))
    if [ "$rate" -gt 0 ] && [ "$remaining" -gt 0 ] && [ "$remaining" -lt $((rate * 10)) ]; then
      seconds=$(( remaining / rate + 1 ))
    fi
  done
  r=$(run_wrk stub "$OP_WARMUP_SECONDS" list "x" "$LIST_ACCOUNT")
  before=$(cpu_ticks "${PID[stub]}")
  r=$(run_wrk stub "$ROUND_SECONDS" list "l" "$LIST_ACCOUNT")
  r="$r cpu_us=$(awk -v t=$(( $(cpu_ticks "${PID[stub]}") - before )) -v n="$(field "$r" requests)" -v us="$TICK_US" \
    'BEGIN{ if (n > 0) printf "%.0f", t * us / n; else print "-" }')"
  R["list-million/stub"]=$r
  echo "list, $STORED tunnels stored: $r" >&2
  MILLION_NOTE="$STORED tunnels stored (counted from the creates' 200s) in \`$STUB_JAVA_OPTS\`"
fi

RSS=$(awk '/VmRSS/{print $2}' /proc/"${PID[stub]}"/status)
HWM=$(awk '/VmHWM/{print $2}' /proc/"${PID[stub]}"/status)
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a != "" && b > 0) printf "%.2f", a / b; else print "-" }'; }
rps() { field "${R[$1/$2]:-}" rps; }
p99() { field "${R[$1/$2]:-}" p99_ms; }
# verdict LABEL VALUE OP LIMIT: "met" when VALUE OP LIMIT (>= or <=), "missed" otherwise, "not measured" when absent
verdict() {
  local v
  if [ "$2" = - ] || [ -z "$2" ]; then v="not measured"
  elif awk -v a="$2" -v b="$4" -v op="$3" 'BEGIN{ exit !((op == ">=") ? a >= b : a <= b) }'; then v="met"
  else v="**missed**"; fi
  echo "| $1 | $2 | $3 $4 | $v |"
}
{
  echo "| operation | peer | req/s | p50 ms | p99 ms | non-2xx | sock err | CPU us/req | req/s / bare Jersey | req/s / WireMock | p99 / bare Jersey | CPU / bare Jersey |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for op in "${OPERATIONS[@]}" list-million; do
    for peer in $PEERS; do
      r=${R["$op/$peer"]:-}
      [ -z "$r" ] && continue
      label=$op; [ "$op" = list-million ] && label="list, $STORED tunnels stored"
      printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$peer" "$(field "$r" rps)" \
        "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" "$(field "$r" non2xx)" "$(field "$r" sockerr)" "$(field "$r" cpu_us)" \
        "$(ratio "$(field "$r" rps)" "$(rps "$op" jersey)")" "$(ratio "$(field "$r" rps)" "$(rps "$op" wiremock)")" \
        "$(ratio "$(field "$r" p99_ms)" "$(p99 "$op" jersey)")" "$(ratio "$(field "$r" cpu_us)" "$(field "${R[$op/jersey]:-}" cpu_us)")"
    done
  done
  echo
  for op in "${OPERATIONS[@]}"; do supported "$op" || echo "- $op: not measured (the stub does not answer it on this build)"; done
  echo
  echo "| target | this run | wanted | verdict |"
  echo "|---|---:|---:|---|"
  # the targets of issue 23 (docs/benchmarks.md), each printed met / missed / not measured
  verdict "create req/s, stub / bare Jersey" "$(ratio "$(rps create stub)" "$(rps create jersey)")" ">=" 0.8
  verdict "get req/s, stub / bare Jersey" "$(ratio "$(rps get stub)" "$(rps get jersey)")" ">=" 0.95
  verdict "list (100 tunnels) req/s, stub / bare Jersey" "$(ratio "$(rps list stub)" "$(rps list jersey)")" ">=" 0.6
  verdict "create p99, stub / bare Jersey" "$(ratio "$(p99 create stub)" "$(p99 create jersey)")" "<=" 1.5
  for op in "${OPERATIONS[@]}"; do
    verdict "$op req/s, stub / WireMock" "$(ratio "$(rps "$op" stub)" "$(rps "$op" wiremock)")" ">=" 1.5
  done
  verdict "list (100 tunnels) req/s, a million stored / empty store" "$(ratio "$(rps list-million stub)" "$(rps list stub)")" ">=" 0.9
  # start-up: bench/startup.sh (run above unless STARTUP_RUNS=0) hands its medians over as STARTUP_*_MEDIAN_MS
  # variables; without them the start-up targets are "not measured"
  verdict "\`java -jar\` to the first answer, stub / bare Jersey on the same jars (median ms ${STARTUP_JAR_MEDIAN_MS:--} / ${STARTUP_JERSEY_MEDIAN_MS:--})" \
    "$(ratio "${STARTUP_JAR_MEDIAN_MS:-}" "${STARTUP_JERSEY_MEDIAN_MS:-}")" "<=" 1.1
  verdict "the test kit's first in-process start in a fresh JVM, to the first answer, median ms" "${STARTUP_INPROCESS_MEDIAN_MS:--}" "<=" 1000
  echo
  [ -n "$STARTUP_TABLE" ] && echo "$STARTUP_TABLE" | grep -v '^STARTUP_' && echo
  echo "- $START_TIME; wrk $WRK_THREADS threads, $CONNECTIONS connections; ${WARMUP_SECONDS} s create warm-up per peer, then per operation ${OP_WARMUP_SECONDS} s warm-up and ${ROUND_SECONDS} s measured on each peer in turn"
  echo "- million-tunnel round: $MILLION_NOTE; stub resident memory at the end: VmRSS $((RSS / 1024)) MiB, VmHWM $((HWM / 1024)) MiB"
  echo "- load average before: $LOAD_BEFORE; after: $LOAD_AFTER ($(nproc) cores, shared)"
  echo "- reproduce: \`$COMMAND\`"
} | tee "$OUT"
