#!/usr/bin/env bash
# Slow clients against the built jar (issue 22, point 1): 64 connections trickle a create's body at one byte a
# second while 4 threads send normal requests; target: none refused, p99 < 100 ms, every slow one 408 1021 at
# the body timeout (10 s). See docs/hardening.md.
#
#   bench/slow-clients.sh            env: JAR (server-stub/target/server-stub.jar) SLOW (64) SECONDS_TO_RUN (25) WORKERS (4) STUB_JAVA_OPTS (-Xmx512m) STORE (memory)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-server-stub/target/server-stub.jar}
[ -f "$JAR" ] || mvn -B -q -pl server-stub -am package -DskipTests
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java ${STUB_JAVA_OPTS:--Xmx512m} -jar "$JAR" --port "$PORT" --store "${STORE:-memory}" \
  >/dev/null 2>&1 &
STUB_PID=$!
trap 'kill $STUB_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
echo "stub pid $STUB_PID, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/load.py slow --port "$PORT" --slow "${SLOW:-64}" --seconds "${SECONDS_TO_RUN:-25}" --workers "${WORKERS:-4}"
