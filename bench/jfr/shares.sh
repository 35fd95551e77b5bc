#!/usr/bin/env bash
# bench/jfr/shares.sh FILE.jfr [N]: each method's share of the execution samples, inclusive (the sample's stack
# holds it) and self (it is the innermost frame), the N largest (70). Reads a recording of bench/run.sh JFR=1.
set -euo pipefail
f=$1
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
jfr print --events jdk.ExecutionSample --stack-depth 200 "$f" > "$samples"
awk '
/jdk.ExecutionSample/ {n++; delete seen; first=1; next}
/line:/ { m=$0; sub(/^[ \t]+/, "", m); sub(/[ \t]+line:.*/, "", m); sub(/\(.*/, "", m);
  if (first) { self[m]++; first=0 }
  if (!(m in seen)) { seen[m]=1; incl[m]++ } }
END { for (m in incl) printf "%5.1f%% incl %5.1f%% self %s\n", 100*incl[m]/n, 100*self[m]/n, m; print n " samples" > "/dev/stderr" }
' "$samples" | sort -rn | head -"${2:-70}"
