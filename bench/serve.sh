#!/usr/bin/env bash
# Measures `bansos serve` (docs/performance.md, "HTTP server"): starts the server on a free port
# with the jar of ./mvnw package, generates a roster, and runs bench/ServeBench.java against it:
# requests per second and p50/p99 latency for one-household decisions and 1,000-household
# batches at 1, 8 and 64 clients. Not a test: nothing fails on a slow machine.
#   bench/serve.sh [SECONDS per case, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CASE=${1:-10}
JAR=bansos-cli/target/bansos.jar
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
java -jar "$JAR" generate --households 20000 --seed 18 --output "$WORK/roster.jsonl"
java -Xmx1g -jar "$JAR" serve --port 0 --threads 16 > "$WORK/serve.out" 2> "$WORK/serve.log" &
SERVER=$!
for _ in $(seq 1 100); do
  grep -q 'listening on' "$WORK/serve.out" 2>/dev/null && break
  sleep 0.2
done
URL=$(sed -n 's/^bansos serve: listening on //p' "$WORK/serve.out")
echo "server: $URL (nproc $(nproc), $(java -version 2>&1 | head -1))"
java bench/ServeBench.java "$URL" "$WORK/roster.jsonl" "$SECONDS_PER_CASE"
kill -TERM "$SERVER"
wait "$SERVER" && echo "server exited 0 on SIGTERM"
