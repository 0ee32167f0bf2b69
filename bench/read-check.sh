#!/usr/bin/env bash
# Reads generated rosters of 1,000,000 and 5,000,000 households as JSON Lines, CSV and a JSON array
# in a 256 MB heap, and prints households per second, peak heap and a hash of the households (the
# three formats must agree). Needs the jar: ./mvnw -B -q -Dquick package -DskipTests
# Usage: bench/read-check.sh [SIZES…]   (default: 1000000 5000000; about 3 GB of disk per 5 M)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bansos-cli/target/bansos.jar
DIR=${BENCH_DIR:-target/read-check}
mkdir -p "$DIR"
for n in "${@:-1000000 5000000}"; do
  for n1 in $n; do
    java -jar "$JAR" generate --households "$n1" --seed 7 --output "$DIR/r$n1.jsonl"
    java -jar "$JAR" generate --households "$n1" --seed 7 --output "$DIR/r$n1.csv"
    { printf '{"schema_version": 1, "households": [\n'; sed '$!s/$/,/' "$DIR/r$n1.jsonl"; printf ']}\n'; } > "$DIR/r$n1.json"
    for f in jsonl csv json; do
      java -Xmx256m -cp "$JAR" id.bansos.cli.ReadCheck "$DIR/r$n1.$f"
    done
    rm -f "$DIR/r$n1.jsonl" "$DIR/r$n1.csv" "$DIR/r$n1.json"
  done
done
