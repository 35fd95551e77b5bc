#!/usr/bin/env bash
# The warm build's time, each module's and the slowest test classes: runs `mvn -B verify` (offline, dependencies
# cached; warm = a second build on a machine that has built once), reads Maven's reactor summary and the
# target/surefire-reports* and target/failsafe-reports. Prints Markdown, with the load average before and after
# (the machine is shared: a figure without its load means little); figures only, nothing asserted.
# See docs/benchmarks.md. What .ci/run adds (-Dstores=all -Pconsumer-projects): MVN_ARGS="-o -Dstores=all".
#
#   bench/build-time.sh            env: MVN_ARGS (-o), SLOWEST (10), OUT (bench/target/build-time.md)
# (MVN_ARGS="-o -Dmaven.test.failure.ignore=true" times the whole build when some module's tests fail)
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_ARGS=${MVN_ARGS:--o}
SLOWEST=${SLOWEST:-10}
OUT=${OUT:-bench/target/build-time.md}
mkdir -p bench/target
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
start=$(date +%s)
touch bench/target/build-time.start
if mvn -B $MVN_ARGS verify >bench/target/build-time.log 2>&1; then result=passed; else result=FAILED; fi
seconds=$(( $(date +%s) - start ))
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
# one line a test class: seconds, tests, module/class (from the <testsuite> element of each report)
# (server-stub's store executions write surefire-reports-postgres/ and, with -Dstores=all,
# surefire-reports-file-store/: named so)
reports=$(for f in */target/surefire-reports*/TEST-*.xml */target/failsafe-reports/TEST-*.xml; do
  [ -f "$f" ] || continue
  [ "$f" -nt bench/target/build-time.start ] || continue  # a report this build wrote, not a stale one
  run=$(basename "$(dirname "$f")"); run=${run#surefire-reports}; run=${run#failsafe-reports}
  name=$(grep -o -m1 '<testsuite [^>]*' "$f" | grep -o ' name="[^"]*"' | head -1 | cut -d'"' -f2)
  time=$(grep -o -m1 '<testsuite [^>]*' "$f" | grep -o ' time="[^"]*"' | head -1 | cut -d'"' -f2 | tr -d ,)
  tests=$(grep -o -m1 '<testsuite [^>]*' "$f" | grep -o ' tests="[^"]*"' | head -1 | cut -d'"' -f2)
  failed=$(grep -o -m1 '<testsuite [^>]*' "$f" | grep -o ' \(failures\|errors\)="[^"]*"' | cut -d'"' -f2 | paste -sd+ | bc)
  echo "$time $tests ${f%%/*}/${name##*.}${run:+@${run#-}} $failed"
done | sort -rn)
{
  echo "- \`mvn -B $MVN_ARGS verify\`: $result in $((seconds / 60)) min $((seconds % 60)) s (target <= 3 min warm); $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $LOAD_BEFORE, after: $LOAD_AFTER ($(nproc) cores, shared)"
  echo "- tests: $(echo "$reports" | awk '{n += $2; s += $1; f += $4} END {printf "%d in %d classes (%d failed or in error), %.0f s of test-class time", n, NR, f, s}')"
  echo
  echo "| module | time |"
  echo "|---|---:|"
  sed -n '/Reactor Summary/,/BUILD/p' bench/target/build-time.log | grep -E '[.] (SUCCESS|FAILURE|SKIPPED) \[' \
    | sed -E 's/^\[INFO\] ([^:.]+)[:.].* (SUCCESS|FAILURE|SKIPPED) \[ *([^]]*)\]$/| \1 | \3 |/'
  echo
  echo "| slowest test classes | module | tests | seconds |"
  echo "|---|---|---:|---:|"
  echo "$reports" | head -"$SLOWEST" | awk '{split($3, p, "/"); sub(/@/, " (store: ", p[2]); if (p[2] ~ /store: /) p[2] = p[2] ")"; printf "| %s | %s | %s | %.1f |\n", p[2], p[1], $2, $1}'
} | tee "$OUT"
[ "$result" = passed ]
