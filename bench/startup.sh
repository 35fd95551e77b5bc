#!/usr/bin/env bash
# Start-up to the first 200, over several runs (min/median/max): the stub's `java -jar`, WireMock
# standalone's `java -jar` (a static mapping of the same answer), and the in-process start
# (dev.magicgre.bench.InProcessStart: StubServer.start to the first create, first start of a fresh JVM and
# starts after it). Prints a Markdown table. See docs/benchmarks.md.
#
#   bench/startup.sh            (after bench/run.sh has built, or with SKIP_BUILD=0)
#
# env: STARTUP_RUNS (5) STARTUP_PORT (18090) SKIP_BUILD (1) STUB_JAVA_OPTS (-Xmx512m) OUT (bench/target/startup.md)
set -euo pipefail
cd "$(dirname "$0")/.."

STARTUP_RUNS=${STARTUP_RUNS:-5}
PORT=${STARTUP_PORT:-18090}
SKIP_BUILD=${SKIP_BUILD:-1}
STUB_JAVA_OPTS=${STUB_JAVA_OPTS:--Xmx512m}
OUT=${OUT:-bench/target/startup.md}
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
URL="http://127.0.0.1:$PORT/client/v4/accounts/9a7806061c88ada191ed06f989cc3dac/magic/gre_tunnels"
BODY='{"cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.1","interface_address":"10.212.0.0/31","name":"startup"}'

if [ "$SKIP_BUILD" != 1 ]; then
  mvn -B -q -pl server-stub,bench -am package -DskipTests -Pwiremock-peer >/dev/null
fi
WIREMOCK_JAR=bench/target/wiremock/wiremock-standalone.jar
[ -f "$WIREMOCK_JAR" ] || { echo "no $WIREMOCK_JAR: mvn -B -q -pl bench -am package -DskipTests -Pwiremock-peer" >&2; exit 1; }

# a WireMock root with one mapping: the create's answer (the stub's own, when bench/run.sh captured it)
WM_ROOT=bench/target/wiremock-startup
mkdir -p "$WM_ROOT/mappings"
if [ -f bench/target/answers/create.json ]; then
  java -cp bench/target/benchmarks.jar dev.magicgre.bench.WireMockMappings --answers bench/target/answers --root "$WM_ROOT"
else
  echo '{"request":{"method":"POST","urlPathPattern":"/client/v4/accounts/[0-9a-f]{32}/magic/gre_tunnels"},"response":{"status":200,"body":"{\"success\":true}","headers":{"Content-Type":"application/json"}}}' \
    >"$WM_ROOT/mappings/create.json"
fi

PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

# time_to_first_200 COMMAND... -> milliseconds from the fork to the first 200 of a create (curl every ~5 ms)
time_to_first_200() {
  local start_ns end_ns
  start_ns=$(date +%s%N)
  "$@" >bench/target/startup-process.log 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -H 'X-Bench-Op: create' -d "$BODY" 2>/dev/null)" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "the process died:" >&2; cat bench/target/startup-process.log >&2; exit 1; }
    sleep 0.005
  done
  end_ns=$(date +%s%N)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  echo $(( (end_ns - start_ns) / 1000000 ))
}
stats() { # numbers... -> "min median max"
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d", v[1], m, v[NR]}'
}

# a class-data archive (AppCDS, opt-in: docs/benchmarks.md), recorded by one start of this very jar
ARCHIVE=bench/target/server-stub.jsa
rm -f "$ARCHIVE"
time_to_first_200 java $STUB_JAVA_OPTS -XX:ArchiveClassesAtExit="$ARCHIVE" -jar server-stub/target/server-stub.jar --port "$PORT" >/dev/null
for _ in $(seq 50); do [ -s "$ARCHIVE" ] && break; sleep 0.1; done

stub=(); cds=(); wiremock=()
for i in $(seq "$STARTUP_RUNS"); do
  stub+=("$(time_to_first_200 java $STUB_JAVA_OPTS -jar server-stub/target/server-stub.jar --port "$PORT")")
  cds+=("$(time_to_first_200 java $STUB_JAVA_OPTS -XX:SharedArchiveFile="$ARCHIVE" -jar server-stub/target/server-stub.jar --port "$PORT")")
  wiremock+=("$(time_to_first_200 java -jar "$WIREMOCK_JAR" --port "$PORT" --bind-address 127.0.0.1 \
    --root-dir "$WM_ROOT" --no-request-journal --disable-request-logging --disable-banner)")
done
# the in-process start: the test kit's own probe (its JUnit extension's start to the first 200 through its
# client, issue 12) where the tree has the test-kit module; else StubServer.start through InProcessStart
first=(); again=()
if [ -f test-kit/pom.xml ]; then
  INPROCESS_LABEL='test kit: the JUnit extension'"'"'s start to the first 200 (`dev.magicgre.testkit.StartupProbe`), fresh JVM'
  mvn -B -q -o -pl test-kit -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench/target/test-kit.classpath" >/dev/null
  for i in $(seq "$STARTUP_RUNS"); do
    first+=("$(java -cp "test-kit/target/classes:$(cat bench/target/test-kit.classpath)" dev.magicgre.testkit.StartupProbe \
      2>/dev/null | sed -n 's/.*start to first 200: \([0-9]*\) ms.*/\1/p')")
  done
else
  INPROCESS_LABEL='in-process `StubServer.start` to the first 200 (the test kit is not on this branch), first in a fresh JVM (JVM start not counted)'
  for i in $(seq "$STARTUP_RUNS"); do
    out=$(java -cp bench/target/benchmarks.jar dev.magicgre.bench.InProcessStart 3 2>/dev/null | grep '^START')
    first+=("$(echo "$out" | awk '$2 == "first" {print $3}')")
    again+=($(echo "$out" | awk '$2 == "again" {print $3}'))
  done
fi

read -r s_min s_med s_max <<<"$(stats "${stub[@]}")"
read -r c_min c_med c_max <<<"$(stats "${cds[@]}")"
read -r w_min w_med w_max <<<"$(stats "${wiremock[@]}")"
read -r f_min f_med f_max <<<"$(stats "${first[@]}")"
[ ${#again[@]} -gt 0 ] && read -r a_min a_med a_max <<<"$(stats "${again[@]}")"
{
  echo "| start-up to the first 200 of a create | runs | min ms | median ms | max ms |"
  echo "|---|---:|---:|---:|---:|"
  echo "| stub: \`java $STUB_JAVA_OPTS -jar server-stub/target/server-stub.jar\` | $STARTUP_RUNS | $s_min | $s_med | $s_max |"
  echo "| stub with a class-data archive (opt-in): \`java -XX:SharedArchiveFile=... -jar ...\` | $STARTUP_RUNS | $c_min | $c_med | $c_max |"
  echo "| WireMock $(basename "$WIREMOCK_JAR" .jar): \`java -jar\`, one static mapping | $STARTUP_RUNS | $w_min | $w_med | $w_max |"
  echo "| $INPROCESS_LABEL | $STARTUP_RUNS | $f_min | $f_med | $f_max |"
  [ ${#again[@]} -gt 0 ] && echo "| in-process \`StubServer.start\` again in the same JVM (classes loaded) | ${#again[@]} | $a_min | $a_med | $a_max |"
  echo
  echo "STARTUP_JAR_MEDIAN_MS=$s_med STARTUP_CDS_MEDIAN_MS=$c_med STARTUP_INPROCESS_MEDIAN_MS=$f_med STARTUP_WIREMOCK_MEDIAN_MS=$w_med"
} | tee "$OUT"
