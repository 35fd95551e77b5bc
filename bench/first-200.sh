# Sourced by bench/startup.sh and bench/startup-ab.sh: the start of a JVM to its first 200 of a create.
# Needs URL (the collection to create in), TOKEN and BODY set; leaves the running process's id in PID (for the
# caller's EXIT trap) until it is stopped.

CLK_TCK=$(getconf CLK_TCK)
PID=""

# time_to_first_200 COMMAND... -> "WALL_MS CPU_MS CLASSES": milliseconds from the fork to the first 200 of a
# create (curl every ~5 ms), the CPU time the JVM had used by then (utime + stime of /proc/PID/stat, all its
# threads) and the classes it had loaded (jstat, after the CPU time was read)
time_to_first_200() {
  local start_ns end_ns cpu classes log=bench/target/startup-process.log
  start_ns=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -H 'X-Bench-Op: create' -d "$BODY" 2>/dev/null)" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "the process died:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.005
  done
  end_ns=$(date +%s%N)
  cpu=$(sed 's/^.*) //' "/proc/$PID/stat" | awk -v hz="$CLK_TCK" '{printf "%d", ($12 + $13) * 1000 / hz}')
  classes=$(jstat -class "$PID" 2>/dev/null | awk 'NR == 2 {print $1}')
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  echo "$(( (end_ns - start_ns) / 1000000 )) $cpu ${classes:-0}"
}
