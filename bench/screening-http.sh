#!/usr/bin/env bash
# Screening over HTTP at scale: a server whose index holds the bundled lists plus generated persons up to
# N names (default 1,000,000), loaded over loopback by wrk for a bounded time; then a batch file.
# Usage: bench/screening-http.sh [names [seconds [connections [batch rows]]]]
# Needs wrk (apt-get install wrk). Shared data from $BLACKBOX_SHARED_DATA or ../shared/data.
# BENCH_JAVA_OPTS adds server JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/s.jfr);
# BENCH_JAR runs that server jar instead of building this tree's (to compare two builds); WARMUP is the
# warm-up in seconds before the measured runs (default 10; the JIT needs about a minute to settle).
# Beside wall time it prints the CPU seconds the server JVM, PostgreSQL and wrk used in each load run,
# and the load average, because the 2 cores are shared, and the same percentiles as the server measured
# them (from /actuator/prometheus histograms, as bucket bounds): the whole request as Spring saw it, and the
# engine's part. wrk's own percentiles are corrected for coordinated omission (a stall of the server counts
# as the requests an open-loop client would have sent during it), the server's are those of the requests it
# handled; docs/BENCHMARKS.md (Screening over HTTP) has the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
NAMES="${1:-1000000}"; SECONDS_="${2:-30}"; CONNS="${3:-32}"; ROWS="${4:-100000}"
DATA="${BLACKBOX_SHARED_DATA:-../shared/data}"
PORT=18080
KEY_ADMIN="bench-admin-key-$(date +%s)-0123456789"
# request latency as a histogram (the product's default records only counts and sums for HTTP requests)
HISTOGRAM="-Dmanagement.metrics.distribution.percentiles-histogram.http.server.requests=true"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }

[ -n "${BENCH_JAR:-}" ] || ./mvnw -B -q -DskipTests -pl server -am package
./mvnw -B -q -pl engine,bench install -DskipTests
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
TMP="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

# As many bodies as the runs send (about 500,000 at 2,000/s): the index remembers term look-ups, and names
# sent again would find them remembered more often than a stream of new counterparties does.
"$JAVA_HOME/bin/java" -cp "$CP" io.blackbox.bench.screening.HttpBenchFiles "$DATA" "$NAMES" "$TMP/scale.csv" \
  "$TMP/bodies.txt" 500000 "$TMP/batch.csv" "$ROWS"
echo "== import of the generated list into the database (command line, no server)"
/usr/bin/time -f "lists import: %e s wall, %M KB max RSS" \
  bin/blackbox lists import --data-dir "$TMP/data" --format custom-csv --source bench-scale "$TMP/scale.csv" | tail -1

echo "== server start (first start: bundled lists, then the index)"
START=$(date +%s.%N)
if [ -n "${BENCH_JAR:-}" ]; then
  # shellcheck disable=SC2086
  BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" APP_SCREENING_RATELIMIT=1000000 "$JAVA_HOME/bin/java" -Xmx12g $HISTOGRAM ${BENCH_JAVA_OPTS:-} \
    -jar "$BENCH_JAR" serve --data-dir "$TMP/data" --port $PORT > "$TMP/server.log" 2>&1 &
else
  BLACKBOX_JAVA_OPTS="-Xmx12g $HISTOGRAM ${BENCH_JAVA_OPTS:-}" BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" APP_SCREENING_RATELIMIT=1000000 \
    bin/blackbox serve --data-dir "$TMP/data" --port $PORT > "$TMP/server.log" 2>&1 &
fi
SERVER=$!
source bench/cpu.sh
pg_cpu() { cpu_tree "$(find "$TMP/data" -name postmaster.pid -exec head -1 {} \; | head -1)"; }
jvm_cpu() { cpu_proc "$SERVER"; }
scrape() { curl -s -H "Authorization: Bearer $KEY_ADMIN" "http://127.0.0.1:$PORT/actuator/prometheus" > "$1"; }
# percentiles of a histogram between two scrapes: metric name, a label that picks the series, the two files
histogram_percentiles() {
  awk -v name="$1_bucket{" -v pick="$2" '
    index($0, name) == 1 && index($0, pick) > 0 {
      match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5); if (le == "+Inf") le = 1e9
      if (FILENAME == ARGV[1]) before[le + 0] = $NF; else after[le + 0] = $NF
    }
    END {
      n = 0; for (le in after) { les[++n] = le + 0 }
      for (i = 2; i <= n; i++) { v = les[i]; for (j = i - 1; j >= 1 && les[j] > v; j--) les[j + 1] = les[j]; les[j + 1] = v }
      total = after[les[n]] - before[les[n]]; if (total <= 0) { print "no requests"; exit }
      split("50 90 99 99.9", qs, " "); out = ""
      for (k = 1; k <= 4; k++) for (i = 1; i <= n; i++) if (after[les[i]] - before[les[i]] >= qs[k] / 100 * total) {
        out = out sprintf("p%s <= %.2f ms  ", qs[k], les[i] * 1000); break }
      print out "(" total " requests)"
    }' "$3" "$4"
}
# runs wrk, then prints wall time, server JVM and PostgreSQL CPU seconds, wrk CPU, the load average, and the
# server's own percentiles over the run
measured_wrk() {
  local j0 p0 t0 t1
  scrape "$TMP/metrics.0"
  j0=$(jvm_cpu); p0=$(pg_cpu); t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$TMP/wrk.time" wrk "$@"
  t1=$(date +%s.%N)
  echo "wall $(echo "$t1 - $t0" | bc) s; CPU: server JVM $(echo "$(jvm_cpu) - $j0" | bc) s," \
    "PostgreSQL $(echo "$(pg_cpu) - $p0" | bc) s, wrk $(awk '{ print $1 + $2 }' "$TMP/wrk.time") s;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  scrape "$TMP/metrics.1"
  echo "server, whole request: $(histogram_percentiles http_server_requests_seconds 'uri="/api/v1/screenings"' \
    "$TMP/metrics.0" "$TMP/metrics.1")"
  echo "server, engine (lists): $(histogram_percentiles blackbox_screening_search_seconds 'part="lists"' \
    "$TMP/metrics.0" "$TMP/metrics.1")"
}
api() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
# ready when the provisioned administrator key is accepted (the server answers 401 before that)
until curl -sf -H "Authorization: Bearer $KEY_ADMIN" "http://127.0.0.1:$PORT/api/v1/me" > /dev/null 2>&1; do sleep 1; done
ORG=$(api "$KEY_ADMIN" -X POST "http://127.0.0.1:$PORT/api/v1/organisations" -d '{"name": "Bench Member", "kind": "member"}' \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
KEY=$(api "$KEY_ADMIN" -X POST "http://127.0.0.1:$PORT/api/v1/organisations/$ORG/api-keys" \
  -d '{"name": "bench", "scopes": ["read", "write"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
until api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/index" | grep -q '"generation":[1-9]' \
  && [ "$(api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/index" | sed -n 's/.*"names":\([0-9]*\).*/\1/p')" -ge "$((NAMES * 9 / 10))" ]; do
  sleep 2
done
END=$(date +%s.%N)
echo "ready after $(echo "$END - $START" | bc) s; index: $(api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/index")"
grep -E "Loaded the bundled lists|Screening index rebuilt" "$TMP/server.log" | sed 's/^.*: //'

WARMUP="${WARMUP:-10}"
echo "== warm-up ${WARMUP} s, then ${SECONDS_} s of POST /api/v1/screenings with $CONNS connections"
BODIES="$TMP/bodies.txt" KEY="$KEY" wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s bench/screening.lua "http://127.0.0.1:$PORT/api/v1/screenings" > /dev/null
BODIES="$TMP/bodies.txt" KEY="$KEY" measured_wrk -t2 -c"$CONNS" -d"${SECONDS_}s" -s bench/screening.lua --latency \
  "http://127.0.0.1:$PORT/api/v1/screenings" | tail -8
echo "== 4 connections, 15 s (two requests per core: little queueing)"
BODIES="$TMP/bodies.txt" KEY="$KEY" measured_wrk -t2 -c4 -d15s -s bench/screening.lua --latency \
  "http://127.0.0.1:$PORT/api/v1/screenings" | tail -8
echo "== 3 connections, 15 s"
BODIES="$TMP/bodies.txt" KEY="$KEY" measured_wrk -t2 -c3 -d15s -s bench/screening.lua --latency \
  "http://127.0.0.1:$PORT/api/v1/screenings" | tail -8
echo "== 2 connections, 15 s (one request per core)"
BODIES="$TMP/bodies.txt" KEY="$KEY" measured_wrk -t2 -c2 -d15s -s bench/screening.lua --latency \
  "http://127.0.0.1:$PORT/api/v1/screenings" | tail -8
echo "== one connection, 15 s (latency without queueing)"
BODIES="$TMP/bodies.txt" KEY="$KEY" measured_wrk -t1 -c1 -d15s -s bench/screening.lua --latency \
  "http://127.0.0.1:$PORT/api/v1/screenings" | tail -8

[ "$ROWS" -gt 0 ] || exit 0
echo "== batch of $ROWS rows"
B0=$(date +%s.%N)
JOB=$(curl -s -H "Authorization: Bearer $KEY" -F "file=@$TMP/batch.csv" "http://127.0.0.1:$PORT/api/v1/screenings/batch" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
until api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/batch/$JOB" | grep -Eq '"status":"(done|failed)"'; do sleep 1; done
B1=$(date +%s.%N)
echo "batch: $(api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/batch/$JOB") in $(echo "$B1 - $B0" | bc) s"
