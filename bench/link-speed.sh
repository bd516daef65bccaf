#!/usr/bin/env bash
# Speed of linking: a full run over N generated procurement reports (default 1,000,000), then reports added
# one at a time to the result (default 2,000), with p50/p99 latency and heap. Builds from a clean clone.
#   bench/link-speed.sh [records] [adds] [shared-data-dir]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
records="${1:-1000000}"
adds="${2:-2000}"
shared="${3:-$root/../shared/data}"
./mvnw -B -q -pl engine,bench -am install -Dmaven.test.skip=true
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx8g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.blackbox.bench.linking.LinkSpeed "$shared" "$records" "$adds"
