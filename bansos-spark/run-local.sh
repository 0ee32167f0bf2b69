#!/usr/bin/env bash
# Runs id.bansos.spark.Main on this machine with no Spark installed: Spark comes from the Maven
# repository (~/.m2) through the module's classpath, local[*], bound to 127.0.0.1.
# Usage: bansos-spark/run-local.sh --program PKH --as-of 2025-01-01 --output out/ roster.jsonl
# Build the jar first: ./mvnw -B -Dquick -pl bansos-spark -am package -DskipTests
# Environment: SPARK_MASTER (default local[*]), SPARK_DRIVER_MEMORY (default 2g),
# SPARK_PROFILE (a Maven profile such as spark-3.5 to run on that Spark; default none, Spark 4.0),
# SPARK_OPTS (more JVM options, such as -Dspark.sql.files.maxPartitionBytes=64m).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$(ls "$here"/target/bansos-spark-*-spark.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "run-local.sh: no shaded jar in $here/target; build it with: ./mvnw -B -Dquick -pl bansos-spark -am package -DskipTests" >&2
  exit 1
fi
profile=()
if [[ -n "${SPARK_PROFILE:-}" ]]; then profile=(-P "$SPARK_PROFILE"); fi
cp_file="$here/target/spark-classpath${SPARK_PROFILE:+-$SPARK_PROFILE}.txt"
if [[ ! -s "$cp_file" ]]; then
  # Spark's own jars (provided scope), resolved from ~/.m2 (downloaded once).
  "$root/mvnw" -B -q -f "$here/spark-classpath.xml" "${profile[@]}" dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" >&2
fi
export SPARK_LOCAL_IP=127.0.0.1
exec java -Xmx"${SPARK_DRIVER_MEMORY:-2g}" \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  --add-exports=java.base/sun.nio.ch=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dspark.master="${SPARK_MASTER:-local[*]}" -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.ui.enabled=false ${SPARK_OPTS:-} \
  -cp "$jar:$(cat "$cp_file")" id.bansos.spark.Main "$@"
