#!/usr/bin/env bash
# Bulk intake of suspect-inquiry reports through the product's real path: a server on a fresh data
# folder (bundled lists, screening index), a member firm and its API key made over the API, and a
# generated CSV uploaded to POST /api/v1/reports/uploads; the job is polled until it is done.
# Usage: bench/report-intake.sh [rows [distinct parties]]          (defaults: 100000 20000)
# BENCH_JAVA_OPTS adds server JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/intake.jfr);
# BENCH_JAR runs that server jar instead of building this tree's (to compare two builds).
# Prints the wall time, the CPU seconds of the server JVM and of its PostgreSQL during the job, and the
# load average (the machine's cores are shared, so wall time alone says little).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
ROWS="${1:-100000}"; PARTIES="${2:-20000}"
PORT="${BENCH_PORT:-18081}"
KEY_ADMIN="bench-admin-key-$(date +%s)-0123456789"

[ -n "${BENCH_JAR:-}" ] || ./mvnw -B -q -DskipTests -pl server -am package
./mvnw -B -q -DskipTests -pl bench -am compile
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="bench/target/classes:engine/target/classes:$(cat bench/target/bench-classpath.txt)"
TMP="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

"$JAVA_HOME/bin/java" -cp "$CP" io.blackbox.bench.reports.ReportIntakeFiles "$TMP/reports.csv" "$ROWS" "$PARTIES"

source bench/cpu.sh
pg_cpu() { cpu_tree "$(find "$TMP/data" -name postmaster.pid -exec head -1 {} \; | head -1)"; }
jvm_cpu() { cpu_proc "$SERVER"; }
api() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }

echo "== server start on an empty data folder"
if [ -n "${BENCH_JAR:-}" ]; then
  # shellcheck disable=SC2086
  BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" \
    serve --data-dir "$TMP/data" --port "$PORT" > "$TMP/server.log" 2>&1 &
else
  BLACKBOX_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" \
    bin/blackbox serve --data-dir "$TMP/data" --port "$PORT" > "$TMP/server.log" 2>&1 &
fi
SERVER=$!
until curl -sf -H "Authorization: Bearer $KEY_ADMIN" "http://127.0.0.1:$PORT/api/v1/me" > /dev/null 2>&1; do sleep 1; done
ORG=$(api "$KEY_ADMIN" -X POST "http://127.0.0.1:$PORT/api/v1/organisations" -d '{"name": "Bench Member", "kind": "member"}' \
  | field id)
KEY=$(api "$KEY_ADMIN" -X POST "http://127.0.0.1:$PORT/api/v1/organisations/$ORG/api-keys" \
  -d '{"name": "bench", "scopes": ["read", "write"]}' | field key)
# the bundled lists load at the first start, one version after another; the index is rebuilt after them.
# Wait until it holds every loaded entity, so that no rebuild runs during the measurement.
until grep -q "Loaded the bundled lists" "$TMP/server.log"; do sleep 2; done
LOADED=$(sed -n 's/.*Loaded the bundled lists.* \([0-9][0-9]*\) entities.*/\1/p' "$TMP/server.log" | head -1)
until [ "$(api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/index" | field entities)" = "$LOADED" ]; do sleep 2; done
sleep 5
echo "index: $(api "$KEY" "http://127.0.0.1:$PORT/api/v1/screenings/index")"

echo "== upload of $ROWS rows naming up to $PARTIES distinct parties"
J0=$(jvm_cpu); P0=$(pg_cpu); T0=$(date +%s.%N)
JOB=$(curl -s -H "Authorization: Bearer $KEY" -F "file=@$TMP/reports.csv" "http://127.0.0.1:$PORT/api/v1/reports/uploads" \
  | field id)
[ -n "$JOB" ] || { echo "upload refused"; tail -20 "$TMP/server.log"; exit 1; }
until api "$KEY" "http://127.0.0.1:$PORT/api/v1/reports/uploads/$JOB" | grep -Eq '"status":"(done|failed)"'; do sleep 1; done
T1=$(date +%s.%N)
STATUS=$(api "$KEY" "http://127.0.0.1:$PORT/api/v1/reports/uploads/$JOB")
echo "job: status $(echo "$STATUS" | field status), accepted $(echo "$STATUS" | field accepted)," \
  "rejected $(echo "$STATUS" | field rejected)"
echo "REPORT-INTAKE rows=$ROWS parties=$PARTIES wall=$(echo "$T1 - $T0" | bc) s;" \
  "CPU: server JVM $(echo "$(jvm_cpu) - $J0" | bc) s, PostgreSQL $(echo "$(pg_cpu) - $P0" | bc) s;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
grep -E "Report upload .* done" "$TMP/server.log" | sed 's/^.*: //'
