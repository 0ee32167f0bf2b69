#!/usr/bin/env bash
# CI: runs the shaded bansos-spark jar on a Spark 3.5 classpath (Spark from ~/.m2, cached there) on a
# small generated roster, and checks that its decisions, rejects and summary are the bytes of
# `bansos evaluate` on the same file, for PKH and for the district programme of
# docs/programs/lansia-daerah.yaml (CEL, relocated in the jar, on Spark 3.5's own ANTLR, protobuf and
# Guava). Needs bansos-cli/target/bansos.jar and the spark jar built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bansos=(java -jar "$root/bansos-cli/target/bansos.jar")
"${bansos[@]}" generate --households 3000 --seed 19 --output "$work/roster.jsonl"
# A blank line, a broken record and a repeated id, so that rejects are compared as well.
{ head -n 1000 "$work/roster.jsonl"; echo; echo '{not json'; tail -n +1001 "$work/roster.jsonl"; sed -n 7p "$work/roster.jsonl"; } \
  > "$work/input.jsonl"
# compare NAME ARGS...: evaluate and the Spark job with the same options give the same bytes.
compare() {
  local name="$1"; shift
  local status=0
  "${bansos[@]}" evaluate "$@" --as-of 2025-06-01 --output "$work/$name.jsonl" \
    --rejects "$work/$name-rejects.jsonl" --summary "$work/$name-summary.json" "$work/input.jsonl" 2>/dev/null || status=$?
  [[ $status == 3 ]] || { echo "ci-spark35: evaluate $name exited $status, expected 3" >&2; exit 1; }
  status=0
  # Splits of 256 KiB: the 3,000 households (about 2 MB) are read in several partitions.
  SPARK_PROFILE=spark-3.5 SPARK_MASTER='local[2]' SPARK_DRIVER_MEMORY=1g \
    SPARK_OPTS="-Dspark.sql.files.maxPartitionBytes=262144" "$root/bansos-spark/run-local.sh" \
    "$@" --as-of 2025-06-01 --output "$work/spark-$name" --rejects "$work/spark-$name-rejects" \
    "$work/input.jsonl" 2>"$work/spark-$name.log" || status=$?
  [[ $status == 3 ]] || { tail -n 40 "$work/spark-$name.log" >&2; echo "ci-spark35: the spark job ($name) exited $status, expected 3" >&2; exit 1; }
  cat "$work/spark-$name"/part-* | cmp - "$work/$name.jsonl"
  cat "$work/spark-$name-rejects"/part-* | cmp - "$work/$name-rejects.jsonl"
  cmp "$work/spark-$name/_SUMMARY.json" "$work/$name-summary.json"
  echo "ci-spark35: $name on Spark 3.5 gives the bytes of bansos evaluate ($(ls "$work/spark-$name"/part-* | wc -l) partitions)"
}
compare pkh --program PKH
compare lansia --programs "$root/docs/programs/lansia-daerah.yaml" --program LANSIA_DAERAH
