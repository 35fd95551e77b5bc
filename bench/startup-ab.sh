#!/usr/bin/env bash
# A/B of two builds of the stub's start, interleaved run by run (A, B, A, B, ...), on the steadier measures
# beside wall time: the JVM's CPU time (user + sys, all threads) and the classes it loaded. Each build is a
# folder holding server-stub.jar and its lib/ (copy server-stub/target/{server-stub.jar,lib} of a build), and
# for the kit mode optionally client.jar (a build's client/target/client-*.jar; else the tree's client).
#
#   bench/startup-ab.sh A_DIR B_DIR
#
# Prints min/median of each measure for:
#   jar    `java -Xmx512m -jar DIR/server-stub.jar` to the first 200 of a create (CPU and classes read at that moment)
#   kit    the test kit's first in-process start in a fresh JVM (dev.magicgre.testkit.StartupProbe: the extension's
#          start to the first 200 through its client), with DIR's jar in place of the tree's server-stub jar;
#          its CPU is the whole JVM's, JVM start included (needs a packaged test-kit: mvn -pl test-kit -am package)
# env: AB_RUNS (5) AB_PORT (18095) AB_MODES ("jar kit")
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1 B=$2
RUNS=${AB_RUNS:-5} PORT=${AB_PORT:-18095} MODES=${AB_MODES:-jar kit}
URL="http://127.0.0.1:$PORT/client/v4/accounts/9a7806061c88ada191ed06f989cc3dac/magic/gre_tunnels"
TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY
BODY='{"cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.1","interface_address":"10.212.0.0/31","name":"startup"}'
mkdir -p bench/target
# shellcheck source=bench/first-200.sh
. bench/first-200.sh
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

jar_run() { time_to_first_200 java -Xmx512m -jar "$1/server-stub.jar" --port "$PORT"; } # DIR -> "WALL_MS CPU_MS CLASSES"

KIT_CLASSPATH=""
kit_run() { # DIR -> "PROBE_MS CPU_MS CLASSES"
  local cp out
  local client="&"
  [ -f "$1/client.jar" ] && client="$1/client.jar"
  cp="test-kit/target/classes:$(echo "$KIT_CLASSPATH" | tr ':' '\n' | sed "s|.*/server-stub/target/server-stub.jar$|$1/server-stub.jar|;
    s|.*/server-stub/target/classes$|$1/server-stub.jar|; s|.*/client/target/client-[^/]*.jar$|$client|;
    s|.*/client/target/classes$|$client|" | paste -sd:)"
  out=$( { /usr/bin/time -f 'CPU %U %S' java -Xlog:class+load:file=bench/target/startup-ab-classes.log -cp "$cp" \
    dev.magicgre.testkit.StartupProbe; } 2>&1 )
  echo "$(echo "$out" | sed -n 's/.*start to first 200: \([0-9]*\) ms.*/\1/p')" \
    "$(echo "$out" | awk '/^CPU/ {printf "%d", ($2 + $3) * 1000}')" "$(grep -c . bench/target/startup-ab-classes.log)"
}

if [[ " $MODES " == *" kit "* ]]; then
  mvn -B -q -o -pl test-kit -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench/target/test-kit.classpath" >/dev/null
  KIT_CLASSPATH=$(cat bench/target/test-kit.classpath)
fi

stats() { sort -n | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d / %d", v[1], m}'; }
echo "| mode | build | wall ms min / median | CPU ms min / median | classes min / median |"
echo "|---|---|---:|---:|---:|"
for mode in $MODES; do
  declare -A out=([A]="" [B]="")
  for _ in $(seq "$RUNS"); do
    out[A]+="$("${mode}_run" "$A")"$'\n'
    out[B]+="$("${mode}_run" "$B")"$'\n'
  done
  for side in A B; do
    dir=$A; [ "$side" = B ] && dir=$B
    printf '| %s | %s %s | %s | %s | %s |\n' "$mode" "$side" "$dir" \
      "$(echo -n "${out[$side]}" | awk '{print $1}' | stats)" "$(echo -n "${out[$side]}" | awk '{print $2}' | stats)" \
      "$(echo -n "${out[$side]}" | awk '{print $3}' | stats)"
  done
done
