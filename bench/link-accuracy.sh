#!/usr/bin/env bash
# Accuracy of `blackbox link` (run through the exact CLI contract: CSV in, id,cluster out) on Febrl 4a/4b,
# splink fake_1000, DBLP-ACM and the procurement-network benchmark generated from the OFAC SDN, with the
# naive shared-key baseline. Builds from a clean clone.
#   bench/link-accuracy.sh [shared-data-dir]      (default ../shared/data beside the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
shared="${1:-$root/../shared/data}"
./mvnw -B -q -pl engine,bench -am install -Dmaven.test.skip=true
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.blackbox.bench.linking.LinkAccuracy "$shared" bench/target/link-accuracy
