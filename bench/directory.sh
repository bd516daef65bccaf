#!/usr/bin/env bash
# The suspect-actor directory at scale: a server on a fresh data folder, several member firms with API
# keys (and a signed-in member analyst for the pages) made over the API, a synthetic report pool
# (io.blackbox.bench.reports.DirectoryFiles: actors with spelling variants, shared phones, addresses and
# domains forming networks, hub addresses, some list-entity names) uploaded through the real intake path
# (POST /api/v1/reports/uploads, one file per member), then, once linking has settled, wrk over a sample of
# visible actor ids: the actor page (HTML), its 2-hop network (network.json), and screening with and
# without the pooled directory (POST /match/default against /match/us-ofac-sdn, with names of pooled
# actors and with names that resemble none).
# Usage: bench/directory.sh [reports [actors]]          (defaults: 100000 20000)
# Needs wrk (apt-get install wrk).
# MEMBERS (4) member firms; SECONDS_ (20) seconds per measured run; CONNS (1) wrk connections; WARMUP (30) s;
# SAMPLE (300) actor ids; WARM_ACTORS (25) other actors to warm the server up with; XMX (8g) server heap.
# BENCH_JAR runs that server jar instead of building this tree's; BENCH_JAVA_OPTS adds server JVM options
# (e.g. -XX:StartFlightRecording=filename=/tmp/dir.jfr); JFR=<file> records the measured runs only. BENCH_DATA=<dir> keeps the data folder there; when
# it already holds a pool loaded by this script, the load is skipped and the same pool is measured again
# (to compare two builds on identical data; the server relinks the pool at start, as after any restart).
# Before wrk, each sampled actor's network and page are requested once (the first request for that actor since
# the start), after the server was warmed up on other actors (WARM_ACTORS (25) of the most recently seen, each
# page and network requested twice): what a running server does the first time an actor is asked for.
# Beside wall time it prints the CPU seconds of the server JVM, PostgreSQL and wrk, and the load average; for
# the screening runs also the server's own timing of each screening's parts (blackbox.screening.search: the
# lists' index and the pool), which is what pooled screening adds to a screening, and of the pool's steps
# (blackbox.pool.step: its index; the database read of the caller's views, counted only for the screenings
# that needed one; the rest).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
REPORTS="${1:-100000}"; ACTORS="${2:-20000}"
MEMBERS="${MEMBERS:-4}"; SECS="${SECONDS_:-20}"; CONNS="${CONNS:-1}"; WARMUP="${WARMUP:-30}"; SAMPLE="${SAMPLE:-300}"
PORT="${BENCH_PORT:-18082}"
KEY_ADMIN="bench-admin-key-$(date +%s)-0123456789"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }

[ -n "${BENCH_JAR:-}" ] || ./mvnw -B -q -o -DskipTests -pl server -am package
./mvnw -B -q -o -DskipTests -pl bench -am compile
./mvnw -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="bench/target/classes:engine/target/classes:$(cat bench/target/bench-classpath.txt)"
TMP="$(mktemp -d)"
DATA="${BENCH_DATA:-$TMP/data}"
mkdir -p "$DATA"
SERVER=""
# the server's log is kept beside a kept data folder (BENCH_DATA), as logs/bench-server-<time>.log
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null
  if [ -n "${BENCH_DATA:-}" ] && [ -f "$TMP/server.log" ]; then
    mkdir -p "$DATA/logs" && cp "$TMP/server.log" "$DATA/logs/bench-server-$(date -u +%Y%m%dT%H%M%S).log"
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

source bench/cpu.sh
pg_cpu() { cpu_tree "$(find "$DATA" -name postmaster.pid -exec head -1 {} \; | head -1)"; }
jvm_cpu() { cpu_proc "$SERVER"; }
api() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
URL="http://127.0.0.1:$PORT"

REUSE=false
if [ -f "$DATA/bench.env" ]; then
  REUSE=true
  source "$DATA/bench.env"
  echo "== reusing the pool in $DATA ($POOL)"
else
  "$JAVA_HOME/bin/java" -cp "$CP" io.blackbox.bench.reports.DirectoryFiles "$DATA/input" "$REPORTS" "$ACTORS" "$MEMBERS"
fi

echo "== server start ($(date -u +%H:%M:%S) UTC; load average $(load))"
START=$(date +%s.%N)
if [ -n "${BENCH_JAR:-}" ]; then
  # shellcheck disable=SC2086
  BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" APP_SCREENING_RATELIMIT=1000000 "$JAVA_HOME/bin/java" -Xmx"${XMX:-8g}" \
    ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" serve --data-dir "$DATA" --port "$PORT" > "$TMP/server.log" 2>&1 &
else
  BLACKBOX_JAVA_OPTS="-Xmx${XMX:-8g} ${BENCH_JAVA_OPTS:-}" BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" \
    APP_SCREENING_RATELIMIT=1000000 bin/blackbox serve --data-dir "$DATA" --port "$PORT" > "$TMP/server.log" 2>&1 &
fi
SERVER=$!
until curl -sf -H "Authorization: Bearer $KEY_ADMIN" "$URL/api/v1/me" > /dev/null 2>&1; do
  kill -0 "$SERVER" 2>/dev/null || { tail -30 "$TMP/server.log"; exit 1; }
  sleep 1
done

if ! $REUSE; then
  KEYS=()
  for m in $(seq 1 "$MEMBERS"); do
    ORG=$(api "$KEY_ADMIN" -X POST "$URL/api/v1/organisations" -d "{\"name\": \"Bench Member $m\", \"kind\": \"member\"}" | field id)
    KEYS+=("$(api "$KEY_ADMIN" -X POST "$URL/api/v1/organisations/$ORG/api-keys" \
      -d '{"name": "bench", "scopes": ["read", "write"]}' | field key)")
    [ "$m" = 1 ] && ORG1="$ORG"
  done
  PASSWORD="bench-password-$(date +%s)"
  api "$KEY_ADMIN" -X POST "$URL/api/v1/organisations/$ORG1/users" \
    -d "{\"username\": \"bench-analyst\", \"displayName\": \"Bench Analyst\", \"role\": \"member_analyst\", \"password\": \"$PASSWORD\"}" > /dev/null
  # the bundled lists load at the first start; wait until the index holds them all
  until grep -q "Loaded the bundled lists" "$TMP/server.log"; do sleep 2; done
  LOADED=$(sed -n 's/.*Loaded the bundled lists.* \([0-9][0-9]*\) entities.*/\1/p' "$TMP/server.log" | head -1)
  until [ "$(api "${KEYS[0]}" "$URL/api/v1/screenings/index" | field entities)" = "$LOADED" ]; do sleep 2; done
  sleep 5

  echo "== upload of $REPORTS reports about up to $ACTORS actors from $MEMBERS members ($(date -u +%H:%M:%S) UTC)"
  J0=$(jvm_cpu); P0=$(pg_cpu); T0=$(date +%s.%N)
  JOBS=()
  for m in $(seq 1 "$MEMBERS"); do
    JOB=$(curl -s -H "Authorization: Bearer ${KEYS[$((m - 1))]}" -F "file=@$DATA/input/member-$m.csv" \
      "$URL/api/v1/reports/uploads" | field id)
    [ -n "$JOB" ] || { echo "upload refused"; tail -20 "$TMP/server.log"; exit 1; }
    JOBS+=("$JOB")
  done
  for m in $(seq 1 "$MEMBERS"); do
    until api "${KEYS[$((m - 1))]}" "$URL/api/v1/reports/uploads/${JOBS[$((m - 1))]}" | grep -Eq '"status":"(done|failed)"'; do
      sleep 2
    done
  done
  T1=$(date +%s.%N); J1=$(jvm_cpu); P1=$(pg_cpu)
  for m in $(seq 1 "$MEMBERS"); do
    S=$(api "${KEYS[$((m - 1))]}" "$URL/api/v1/reports/uploads/${JOBS[$((m - 1))]}")
    echo "member $m: status $(echo "$S" | field status), accepted $(echo "$S" | field accepted), rejected $(echo "$S" | field rejected)"
    [ "$(echo "$S" | field rejected)" = 0 ] || api "${KEYS[$((m - 1))]}" "$URL/api/v1/reports/uploads/${JOBS[$((m - 1))]}/rejected" | head -3
  done
  echo "INTAKE reports=$REPORTS wall=$(echo "$T1 - $T0" | bc) s; CPU: server JVM $(echo "$J1 - $J0" | bc) s," \
    "PostgreSQL $(echo "$P1 - $P0" | bc) s; load average $(load)"
  POOL="$REPORTS reports, $ACTORS generated actors, $MEMBERS members"
  {
    echo "POOL='$POOL'"
    echo "KEYS=(${KEYS[*]})"
    echo "PASSWORD='$PASSWORD'"
  } > "$DATA/bench.env"
else
  T1=$(date +%s.%N)
fi

# Linking runs behind intake (and relinks the whole pool at start); it has settled when the pooled index
# was rebuilt after the relink and the server has been idle for 10 s.
echo "== waiting for linking to settle"
settled() {
  local before after
  before=$(jvm_cpu); sleep 10; after=$(jvm_cpu)
  [ "$(echo "$after - $before < 2" | bc)" = 1 ]
}
# the pooled index rebuilt after the relink at start (a first-use build can finish before the relink does)
index_after_relink() {
  awk '/Directory relinked/ { r = NR } /Directory index rebuilt/ { b = NR } END { exit !(r && b > r) }' "$TMP/server.log"
}
until index_after_relink && settled; do :; done
T2=$(date +%s.%N)
echo "linking settled $(echo "$T2 - $T1" | bc) s after the intake (including 10 s idle); load average $(load)"
grep -E "Directory relinked|Directory index rebuilt" "$TMP/server.log" | tail -3 | sed 's/^.*: //'

KEY="${KEYS[0]}"
# a sample of actor ids the first member may see: random ids below twice the highest one seen among the
# 50 most recent, kept when visible; kept in the data folder, so that a second run measures the same actors
if [ -f "$DATA/sample.txt" ]; then
  cp "$DATA/sample.txt" "$TMP/ids.txt"
  echo "sample: $(wc -l < "$TMP/ids.txt") visible actors (from the first run on this data folder)"
else
  MAXID=$(api "$KEY" "$URL/api/v1/directory/actors?limit=50" | grep -o '"id":"A[0-9]*"' | grep -o '[0-9]*' | sort -n | tail -1)
  MAXID="${MAXID:-1}"
  : > "$TMP/ids.txt"
  TRIES=0
  while [ "$(wc -l < "$TMP/ids.txt")" -lt "$SAMPLE" ] && [ "$TRIES" -lt $((SAMPLE * 20)) ]; do
    TRIES=$((TRIES + 1))
    ID="A$(( (RANDOM * 32768 + RANDOM) % (MAXID * 2) + 1 ))"
    CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" "$URL/api/v1/directory/actors/$ID")
    [ "$CODE" = 200 ] && echo "$ID" >> "$TMP/ids.txt"
  done
  sort -u "$TMP/ids.txt" -o "$TMP/ids.txt"
  cp "$TMP/ids.txt" "$DATA/sample.txt"
  echo "sample: $(wc -l < "$TMP/ids.txt") visible actors of $TRIES ids tried (ids up to A$((MAXID * 2)))"
fi
sed 's|^|/directory/actors/|' "$TMP/ids.txt" > "$TMP/pages.txt"
sed 's|^\(.*\)$|/directory/actors/\1/network.json?depth=2|' "$TMP/ids.txt" > "$TMP/networks.txt"

# the member analyst's session, for the pages
curl -s -c "$TMP/cookies" "$URL/login" > "$TMP/login.html"
CSRF=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$TMP/login.html" | head -1)
curl -s -b "$TMP/cookies" -c "$TMP/cookies" -o /dev/null "$URL/login" --data-urlencode "username=bench-analyst" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF"
COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$TMP/cookies")"
# the server's warm-up (classes, JIT, templates) on actors outside the sample, so that the first requests below
# measure an actor not yet read, not a server not yet warm
api "$KEY" "$URL/api/v1/directory/actors?limit=50" | grep -o '"id":"A[0-9]*"' | grep -o 'A[0-9]*' \
  | grep -vxF -f "$TMP/ids.txt" | head -"${WARM_ACTORS:-25}" > "$TMP/warm.txt" || true
[ -s "$TMP/warm.txt" ] || { echo "no actor outside the sample to warm the server up with"; exit 1; }
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/directory/actors/$(head -1 "$TMP/warm.txt")")
[ "$CODE" = 200 ] || { echo "signed-in page answered $CODE"; exit 1; }
T0=$(date +%s.%N)
for round in 1 2; do
  while read -r id; do
    curl -s -o /dev/null -H "Cookie: $COOKIE" "$URL/directory/actors/$id"
    curl -s -o /dev/null -H "Cookie: $COOKIE" "$URL/directory/actors/$id/network.json?depth=2"
  done < "$TMP/warm.txt"
done
echo "server warm-up: $(wc -l < "$TMP/warm.txt") other actors' pages and networks, twice, in $(echo "$(date +%s.%N) - $T0" | bc) s"

# the first request for each sampled actor since the server started, before wrk repeats them (what an
# organisation's views and hub counts kept in memory do not yet answer), in a server warmed up on other
# actors: one curl each, time_total
first_requests() {
  local label="$1" file="$2"
  while read -r path; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "$URL$path"
  done < "$file" > "$TMP/first.txt"
  sort -n "$TMP/first.txt" | awk -v label="$label" '{ a[NR] = $1 * 1000 } END {
    printf "%s, first request per actor: %d requests; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
      label, NR, a[int(NR * 0.50 + 0.5)], a[int(NR * 0.95 + 0.5)], a[int(NR * 0.99 + 0.5)], a[NR] }'
  # in the order asked: the first ones may still pay for some of the server's own warm-up
  echo "  the first 10 in order: $(head -10 "$TMP/first.txt" | awk '{ printf "%.0f ", $1 * 1000 }')ms;" \
    "p95 of the rest: $(tail -n +11 "$TMP/first.txt" | sort -n | awk '{ a[NR] = $1 * 1000 } END { printf "%.2f", a[int(NR * 0.95 + 0.5)] }') ms"
}
echo "== first requests ($(date -u +%H:%M:%S) UTC; load average $(load))"
first_requests "network.json depth 2" "$TMP/networks.txt"
first_requests "actor page (HTML)" "$TMP/pages.txt"
SIZES=$(while read -r id; do api "$KEY" "$URL/api/v1/directory/actors/$id/network?depth=2" \
  | grep -o '"hops":' | wc -l; done < <(head -20 "$TMP/ids.txt") | sort -n | awk '{ a[NR] = $1 } END { print "median " a[int(NR / 2) + 1] ", max " a[NR] }')
echo "2-hop network sizes (nodes, first 20 of the sample): $SIZES"

# runs wrk, then prints wall time, server JVM, PostgreSQL and wrk CPU seconds, and the load average
measured_wrk() {
  local label="$1" j0 p0 t0 t1
  shift
  j0=$(jvm_cpu); p0=$(pg_cpu); t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$TMP/wrk.time" wrk "$@" | tail -1 | sed "s|^|$label: |"
  t1=$(date +%s.%N)
  echo "  wall $(echo "$t1 - $t0" | bc) s; CPU: server JVM $(echo "$(jvm_cpu) - $j0" | bc) s," \
    "PostgreSQL $(echo "$(pg_cpu) - $p0" | bc) s, wrk $(awk '{ print $1 + $2 }' "$TMP/wrk.time") s; load average $(load)"
}
# the server's own timing of each screening's parts (Screenings.SEARCH_METER): the lists' index and the pool,
# and of the pool's steps (PooledActors.STEP_METER): its index, the database read of the caller's views, the rest
parts_snapshot() {
  curl -s -H "Authorization: Bearer $KEY_ADMIN" "$URL/actuator/prometheus" \
    | grep -E '^(blackbox_screening_search_seconds|blackbox_pool_step_seconds)' > "$1"
}
# per part, between two snapshots: screenings, mean, and p50 / p95 / p99 as the upper bound of the histogram
# bucket holding them
parts_between() {
  awk '
    function part(l) { if (l ~ /step="/) { sub(/.*step="/, "", l); sub(/".*/, "", l); return "pool step " l }
      sub(/.*part="/, "", l); sub(/".*/, "", l); return "part " l }
    FNR == NR { before[$1] = $2; next }
    { d = $2 - before[$1]; p = part($1)
      if ($1 ~ /_bucket/) { le = $1; sub(/.*le="/, "", le); sub(/".*/, "", le); if (le != "+Inf") { n[p]++; les[p, n[p]] = le + 0; cum[p, n[p]] = d } }
      else if ($1 ~ /_count/) count[p] = d
      else if ($1 ~ /_sum/) sum[p] = d }
    function q(p, f,   i) { for (i = 1; i <= n[p]; i++) if (cum[p, i] >= f * count[p]) return les[p, i] * 1000; return -1 }
    END { for (p in count) if (count[p] > 0)
      printf "  engine %s: %d screenings, mean %.3f ms; p50 <= %.3f, p95 <= %.3f, p99 <= %.3f ms\n",
        p, count[p], sum[p] / count[p] * 1000, q(p, 0.5), q(p, 0.95), q(p, 0.99) }' "$1" "$2" | sort
}
W="-t1 -c$CONNS --timeout 30s -s bench/directory.lua"
echo "== warm-up ${WARMUP} s ($(date -u +%H:%M:%S) UTC)"
for run in pages networks; do
  # shellcheck disable=SC2086
  PATHS="$TMP/$run.txt" COOKIE="$COOKIE" wrk $W -d"$((WARMUP / 4))s" "$URL/" > /dev/null
done
for body in hits misses; do
  # shellcheck disable=SC2086
  BODIES="$DATA/input/$body.txt" KEY="$KEY" wrk $W -d"$((WARMUP / 4))s" "$URL/match/default" > /dev/null
done

[ -z "${JFR:-}" ] || "$JAVA_HOME/bin/jcmd" "$SERVER" JFR.start name=measure filename="$JFR" > /dev/null
echo "== measured runs, $SECS s each, $CONNS connection(s) ($(date -u +%H:%M:%S) UTC)"
# shellcheck disable=SC2086
PATHS="$TMP/pages.txt" COOKIE="$COOKIE" measured_wrk "actor page (HTML)" $W -d"${SECS}s" "$URL/"
# shellcheck disable=SC2086
PATHS="$TMP/networks.txt" COOKIE="$COOKIE" measured_wrk "network.json depth 2" $W -d"${SECS}s" "$URL/"
for body in hits misses; do
  for dataset in default us-ofac-sdn; do
    # shellcheck disable=SC2086
    parts_snapshot "$TMP/parts.before"
    BODIES="$DATA/input/$body.txt" KEY="$KEY" measured_wrk "match/$dataset, $body" $W -d"${SECS}s" "$URL/match/$dataset"
    parts_snapshot "$TMP/parts.after"
    parts_between "$TMP/parts.before" "$TMP/parts.after"
  done
done
[ -z "${JFR:-}" ] || "$JAVA_HOME/bin/jcmd" "$SERVER" JFR.stop name=measure > /dev/null
echo "pooled candidates: $(BODIES= api "$KEY" -X POST "$URL/match/directory" -d "$(sed -n 7p "$DATA/input/hits.txt")" \
  | grep -o '"directory:A[0-9]*"' | head -3 | tr '\n' ' ')(a name of a pooled actor); $(api "$KEY" -X POST \
  "$URL/match/directory" -d "$(sed -n 7p "$DATA/input/misses.txt")" | grep -o '"directory:A[0-9]*"' | wc -l) for an unrelated name"
echo "DIRECTORY pool='${POOL:-}' done $(date -u +%H:%M:%S) UTC; $(nproc) cores"
