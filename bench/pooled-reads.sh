#!/usr/bin/env bash
# What pooled screening adds to a screening when its candidates must be read from the database, and when a
# change to the directory has happened since they were read, on a pool that bench/directory.sh loaded and
# kept (BENCH_DATA). Starts a server on that data folder (it relinks the pool at start), waits until the
# pooled index is built, warms the server up on other names, then, as one member firm at a time:
#   A  the first screening of each of N names of pooled actors, one request at a time with curl (every
#      screening reads its candidates: the first read since the start);
#   B  one new report (another member) and, once the pooled index has been rebuilt after it, the same N
#      names again one at a time: what a change costs the names read before it;
#   C  another new report, then wrk with one connection for SECONDS_ over N other names, never screened
#      before: first reads back to back, and repeats.
# For each it prints the server's own timing of a screening's pool part (blackbox.screening.search,
# part="pool") and of the pool's steps (blackbox.pool.step: index, read, score; "read" counts only the
# screenings that had to read), as the difference of the meters around the phase.
# Usage: BENCH_DATA=<dir> bench/pooled-reads.sh [N]        (N: 2000 names per phase; the pool's hits.txt has 5,000)
# BENCH_JAR runs that server jar instead of building this tree's; XMX (8g) server heap; SECONDS_ (10);
# KEPT (app.directory.kept-members-views, the server's default unless set; 0 keeps no views in advance).
# Before the phases it waits for the pass that keeps every actor's view (unless KEPT=0) and prints the heap
# in use after a full collection.
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
N="${1:-2000}"; SECS="${SECONDS_:-10}"
DATA="${BENCH_DATA:?BENCH_DATA must name a data folder loaded by bench/directory.sh}"
[ -f "$DATA/bench.env" ] || { echo "$DATA holds no pool loaded by bench/directory.sh (no bench.env)" >&2; exit 2; }
HITS="$DATA/input/hits.txt"
[ "$(wc -l < "$HITS")" -ge $((1000 + 2 * N)) ] || { echo "$HITS has fewer than $((1000 + 2 * N)) names" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }
source "$DATA/bench.env"
PORT="${BENCH_PORT:-18083}"; URL="http://127.0.0.1:$PORT"
KEY_ADMIN="bench-admin-key-$(date +%s)-0123456789"
TMP="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

[ -n "${BENCH_JAR:-}" ] || ./mvnw -B -q -o -DskipTests -pl server -am package
JAR="${BENCH_JAR:-server/target/blackbox.jar}"
echo "== server start on $DATA ($POOL), $(date -u +%H:%M:%S) UTC; $(nproc) cores"
[ -z "${KEPT:-}" ] || export APP_DIRECTORY_KEPTMEMBERSVIEWS="$KEPT"
BLACKBOX_ADMIN_API_KEY="$KEY_ADMIN" APP_SCREENING_RATELIMIT=1000000 "$JAVA_HOME/bin/java" -Xmx"${XMX:-8g}" \
  --illegal-native-access=deny -XX:+UseTransparentHugePages -jar "$JAR" serve --data-dir "$DATA" --port "$PORT" \
  > "$TMP/server.log" 2>&1 &
SERVER=$!
log_count() { grep -c "$1" "$TMP/server.log" || true; }
wait_log() { # wait_log PATTERN COUNT: until the server has logged PATTERN more than COUNT times
  until [ "$(log_count "$1")" -gt "$2" ]; do
    kill -0 "$SERVER" 2>/dev/null || { tail -30 "$TMP/server.log"; exit 1; }
    sleep 1
  done
}
wait_log "Directory relinked (start)" 0
# the pooled index built after the relink at start
until sed -n '/Directory relinked (start)/,$p' "$TMP/server.log" | grep -q "Directory index rebuilt"; do sleep 1; done
grep -E "Directory relinked \(start\)|Directory index rebuilt" "$TMP/server.log" | sed 's/.*: /  /'
if [ "${KEPT:-1}" != 0 ]; then # the pass after that build, which reads every actor's view for all members
  until sed -n '/Directory relinked (start)/,$p' "$TMP/server.log" | grep -q "Members' views of the pool"; do sleep 1; done
  grep "Members' views of the pool" "$TMP/server.log" | sed 's/.*: /  /'
fi
"$JAVA_HOME/bin/jcmd" "$SERVER" GC.run > /dev/null
echo "  heap after a full collection: $("$JAVA_HOME/bin/jcmd" "$SERVER" GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"

sed -n "1001,$((1000 + N))p" "$HITS" > "$TMP/first.txt"
sed -n "$((1001 + N)),$((1000 + 2 * N))p" "$HITS" > "$TMP/other.txt"
meters() {
  curl -s -H "Authorization: Bearer $KEY_ADMIN" "$URL/actuator/prometheus" \
    | grep -E '^(blackbox_screening_search_seconds|blackbox_pool_step_seconds)_(count|sum)' > "$1"
}
between() {
  awk 'FNR == NR { before[$1] = $2; next }
       { d = $2 - before[$1]; p = $1; sub(/_(count|sum)\{/, "{", p)
         if ($1 ~ /_count\{/) c[p] = d; else s[p] = d }
       END { for (p in c) if (c[p] > 0 && p ~ /part="pool"|step=/) {
               q = p; sub(/.*(part|step)="/, "", q); sub(/".*/, "", q)
               printf "  %-6s %6d screenings, mean %.3f ms\n", (p ~ /step=/ ? q : "pool part"), c[p], s[p] / c[p] * 1000 } }' \
    "$1" "$2" | sort
}
one_at_a_time() { # one_at_a_time BODIES KEY
  local t0 t1
  t0=$(date +%s.%N)
  while IFS= read -r b; do
    curl -s -o /dev/null -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -X POST "$URL/match/default" -d "$b"
  done < "$1"
  t1=$(date +%s.%N)
  echo "  $(wc -l < "$1") requests in $(echo "$t1 - $t0" | bc) s"
}
change() { # a new report from member 4; waits until the pooled index is rebuilt once linking is quiet
  local n r p
  n=$(log_count "Directory index rebuilt (quiet")
  p=$(log_count "Members' views of the pool")
  r="$RANDOM$RANDOM"
  curl -s -o /dev/null -H "Authorization: Bearer ${KEYS[3]}" -H 'Content-Type: application/json' -X POST "$URL/api/v1/reports" \
    -d '{"receivedAt": "2026-11-05", "channel": "email",
         "inquirer": {"name": "Pooled Reads '"$r"' Trading", "country": "AE", "emails": ["x'"$r"'@pooled-reads.example"], "phones": []},
         "items": [{"description": "machining centre", "eccn": "2B001", "quantity": 1}], "redFlags": ["BIS-02"],
         "action": "declined", "narrative": "n", "sharing": "members", "reference": "POOLED-READS-'"$r"'"}'
  wait_log "Directory index rebuilt (quiet" "$n"
  sleep 3
  # the passes that kept the members' views since: after the build of recent actors, after the full build
  grep "Members' views of the pool" "$TMP/server.log" | tail -n +$((p + 1)) | sed 's/.*: /  pass: /'
}

echo "== warm-up on other names ($(date -u +%H:%M:%S) UTC)"
BODIES="$DATA/input/misses.txt" KEY="${KEYS[0]}" wrk -t1 -c1 -d15s -s bench/directory.lua "$URL/match/default" | tail -1
head -1000 "$HITS" > "$TMP/warm.txt"
BODIES="$TMP/warm.txt" KEY="${KEYS[0]}" wrk -t1 -c1 -d15s -s bench/directory.lua "$URL/match/default" | tail -1

echo "== A: first screening of $N names, one at a time ($(date -u +%H:%M:%S) UTC; load average $(cut -d' ' -f1-3 /proc/loadavg))"
meters "$TMP/a0"; one_at_a_time "$TMP/first.txt" "${KEYS[2]}"; meters "$TMP/a1"; between "$TMP/a0" "$TMP/a1"
change
echo "== B: the same $N names after a new report, one at a time ($(date -u +%H:%M:%S) UTC; load average $(cut -d' ' -f1-3 /proc/loadavg))"
meters "$TMP/b0"; one_at_a_time "$TMP/first.txt" "${KEYS[2]}"; meters "$TMP/b1"; between "$TMP/b0" "$TMP/b1"
change
echo "== C: wrk, 1 connection, $SECS s over $N other names ($(date -u +%H:%M:%S) UTC; load average $(cut -d' ' -f1-3 /proc/loadavg))"
meters "$TMP/c0"
BODIES="$TMP/other.txt" KEY="${KEYS[3]}" wrk -t1 -c1 -d"${SECS}s" -s bench/directory.lua "$URL/match/default" | tail -1
meters "$TMP/c1"; between "$TMP/c0" "$TMP/c1"
echo "POOLED-READS done $(date -u +%H:%M:%S) UTC; jar $JAR"
