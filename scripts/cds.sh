#!/usr/bin/env bash
# Prepares the packaged jar for a faster start, Spring Boot's documented way: the bean definitions Spring
# AOT wrote into the jar at build time (used with -Dspring.aot.enabled=true, instead of scanning classes
# and evaluating conditions at each start) and a class data sharing archive (CDS): the jar is extracted,
# started once to the end of its context refresh while the JVM records the classes it loads, and later
# starts map that archive instead of loading and checking every class again. Measured on a 2-core machine
# in docs/performance.md ("Start-up").
#
#   scripts/cds.sh                      # writes target/cds/ and prints the command to start from it
#
# The training start uses a throw-away H2 database in a temporary folder and stops by itself
# (-Dspring.context.exit=onRefresh). Start the application from target/cds with the same JDK.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${RUNWAY_JAR:-$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
if [ -z "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/runway-*.jar | grep -v '\.original$' | head -n 1)
fi
OUT="$ROOT/target/cds"
rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null
APP="$OUT/$(basename "$JAR")"

TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/runway-cds.XXXXXX")
trap 'rm -rf "$TRAINING"' EXIT
echo "== training start (records the classes a start loads)"
(cd "$TRAINING" && java -XX:ArchiveClassesAtExit="$OUT/runway.jsa" -Dspring.aot.enabled=true \
    -Dspring.context.exit=onRefresh \
    -jar "$APP" --server.port=0 --spring.datasource.url="jdbc:h2:mem:cds" >"$TRAINING/training.log" 2>&1) || {
    echo "cds: the training start failed; the end of its log:" >&2; tail -n 30 "$TRAINING/training.log" >&2; exit 1; }

echo "== ready. Start Runway with:"
echo "   java -XX:SharedArchiveFile=$OUT/runway.jsa -Dspring.aot.enabled=true -jar $APP"
