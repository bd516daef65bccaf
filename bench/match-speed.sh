#!/usr/bin/env bash
# Matching speed: (1) the index at scale (default 1,000,000 names: bundled lists plus generated persons)
# with build time, heap, single-thread p50/p99, throughput on all cores, side by side with PostgreSQL
# pg_trgm GiST KNN top-5 and a brute-force Jaro-Winkler scan on the same corpus and queries;
# (2) the `screen` command as a whole process over a 50,000-name custom list and 5,000 queries.
# Usage: bench/match-speed.sh [names [queries [pgQueries [scanQueries]]]]  |  bench/match-speed.sh --jmh
#        bench/match-speed.sh --screen   (part 2 only)
# Shared data from $BLACKBOX_SHARED_DATA or ../shared/data; extra Maven flags in $MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${BLACKBOX_SHARED_DATA:-../shared/data}"
./mvnw -B -q ${MVN_FLAGS:-} -pl engine,bench install -DskipTests
./mvnw -B -q ${MVN_FLAGS:-} -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
JAVA="$JAVA_HOME/bin/java"
QUIET=(grep -v -e '^WARNING' -e 'VectorizationProvider' -e '^INFO: Java vector' -e '^SLF4J')
if [[ "${1:-}" == "--jmh" ]]; then
  exec "$JAVA" -Dblackbox.shared.data="$DATA" -cp "$CP" org.openjdk.jmh.Main MatchIndexBenchmark
fi
if [[ "${1:-}" != "--screen" ]]; then
  # A fixed heap, touched at start: with a heap that grew while queries ran, single-thread p99 was 5-6.5 ms
  # in some runs, likely the first touch of new pages charged to the querying thread (docs/BENCHMARKS.md).
  "$JAVA" -Xms8g -Xmx8g -XX:+AlwaysPreTouch --add-modules jdk.incubator.vector --illegal-native-access=deny -cp "$CP" \
    io.blackbox.bench.matching.SpeedBenchmark "$DATA" "${1:-1000000}" "${2:-8000}" "${3:-300}" "${4:-40}" 2>&1 | "${QUIET[@]}"
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"$JAVA" -cp "$CP" io.blackbox.bench.matching.ScreenFiles "$DATA" "$TMP/list.csv" "$TMP/queries.csv" 5000
# The product's command as a user runs it; the first run after a build prepares the start-up cache, so
# one small untimed run comes first.
bin/blackbox screen --input bin/aot-training/queries.csv --list bin/aot-training/list.csv --output "$TMP/warm.csv" 2>/dev/null
echo "screen command, whole process (bin/blackbox: JVM start, list import, index build, 5,000 queries, output):"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s.%N)
/usr/bin/time -f "screen CPU: user %U s, system %S s" bin/blackbox screen \
  --input "$TMP/queries.csv" --output "$TMP/hits.csv" --list "$TMP/list.csv" 2>&1 | "${QUIET[@]}"
END=$(date +%s.%N)
echo "screen wall time: $(echo "$END - $START" | bc) s; hit rows: $(($(wc -l < "$TMP/hits.csv") - 1))"
