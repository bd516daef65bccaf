#!/usr/bin/env bash
# Matching accuracy: labelled peer-test pairs (F1, Latin and non-Latin apart, threshold sweep, calibration
# against OFAC's and watchman's scores), then screening recall@1 on perturbed US Congress names among
# 50,000 synthetic negatives (and the same names written in other scripts), the false-positive rate of
# those negatives against the bundled lists, name words across six scripts (the Wikidata test split in
# names/wikidata-transliteration), and the bundled lists' own names in other scripts screened against their
# Latin names.
# Usage: bench/match-accuracy.sh [--errors]   (shared data from $BLACKBOX_SHARED_DATA or ../shared/data)
# Extra Maven flags (e.g. -o) in $MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${BLACKBOX_SHARED_DATA:-../shared/data}"
./mvnw -B -q ${MVN_FLAGS:-} -pl engine,bench install -DskipTests
./mvnw -B -q ${MVN_FLAGS:-} -pl bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
JAVA="$JAVA_HOME/bin/java"
"$JAVA" -cp "$CP" io.blackbox.bench.matching.PairAccuracy "$DATA" "$@"
"$JAVA" -Xmx8g --add-modules jdk.incubator.vector -cp "$CP" io.blackbox.bench.matching.ScreenAccuracy "$DATA" "$@" 2>&1 \
  | grep -v -e '^WARNING' -e 'VectorizationProvider' -e '^INFO: Java vector'
"$JAVA" -cp "$CP" io.blackbox.bench.matching.ScriptTokenAccuracy "$DATA"
"$JAVA" -Xmx6g --add-modules jdk.incubator.vector -cp "$CP" io.blackbox.bench.matching.OwnScriptAliases 2>&1 \
  | grep -v -e '^WARNING' -e 'VectorizationProvider' -e '^INFO: Java vector'
