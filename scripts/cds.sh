#!/usr/bin/env bash
# Prepares the packaged jar for a faster start, Spring Boot's documented way, and writes the java options
# to start it with into an argument file:
#
#   scripts/cds.sh                              # with the java on the PATH
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java scripts/cds.sh
#   ...then:  $JAVA @target/cds/runway.args      (add Runway's own arguments after it)
#
# Always: the bean definitions Spring AOT wrote into the jar at build time (-Dspring.aot.enabled=true),
# instead of scanning classes and evaluating conditions at each start. Then the jar is extracted and
# started once, to the end of its context refresh (-Dspring.context.exit=onRefresh), while the JVM records
# what later starts can map instead of doing again:
#   - Java 25 or later: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles);
#   - Java 17 to 24: a class data sharing archive (classes loaded and checked).
# The code is Java 17; a Java 25 runtime is what makes the largest difference (docs/performance.md,
# "Start-up"). The argument file also tells the JIT to compile later (below). A cache or archive belongs to the JDK that made it and to this jar: make it again after an
# upgrade of either (with the wrong one, the JVM starts without it and says so with -Xlog:aot or -Xshare:on).
#
# Environment: JAVA (default: java), RUNWAY_JAR (default: the jar in target/, built if missing),
# OUT (default: target/cds). The training start uses a throw-away H2 database in memory.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA=${JAVA:-java}
JAR=${RUNWAY_JAR:-$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
if [ -z "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/runway-*.jar | grep -v '\.original$' | head -n 1)
fi
JAR=$(realpath "$JAR")
OUT=$(realpath -m "${OUT:-$ROOT/target/cds}")

# "25.0.3", "17.0.15", "1.8.0_412": the feature release is the first number (8 never reaches here).
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
[[ "$FEATURE" =~ ^[0-9]+$ ]] || { echo "cds: cannot tell the version of $JAVA" >&2; exit 1; }
if [ "$FEATURE" -ge 25 ]; then
    RECORD=(-XX:AOTCacheOutput="$OUT/runway.aot")
    USE=(-XX:AOTCache="$OUT/runway.aot")
    WHAT="AOT cache (Java $FEATURE)"
else
    RECORD=(-XX:ArchiveClassesAtExit="$OUT/runway.jsa")
    USE=(-XX:SharedArchiveFile="$OUT/runway.jsa")
    WHAT="class data sharing archive (Java $FEATURE)"
fi

# OUT is emptied first: only when it is new, empty, or made by this script before.
if [ -d "$OUT" ] && [ -n "$(ls -A "$OUT")" ] && [ ! -e "$OUT/runway.args" ] && [ ! -e "$OUT/runway.aot" ] \
        && [ ! -e "$OUT/runway.jsa" ]; then
    echo "cds: $OUT has files this script did not make; choose another OUT" >&2
    exit 1
fi
[ ! -e "$OUT" ] || [ -d "$OUT" ] || { echo "cds: $OUT is a file; choose another OUT" >&2; exit 1; }
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null
APP="$OUT/$(basename "$JAR")"

TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/runway-cds.XXXXXX")
trap 'rm -rf "$TRAINING"' EXIT
echo "== training start: records the $WHAT"
(cd "$TRAINING" && "$JAVA" "${RECORD[@]}" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar "$APP" --server.port=0 --spring.datasource.url="jdbc:h2:mem:cds" >"$TRAINING/training.log" 2>&1) || {
    echo "cds: the training start failed; the end of its log:" >&2; tail -n 30 "$TRAINING/training.log" >&2; exit 1; }

# One quoted option per line; java reads it with @file (JDK 9+). Paths are absolute: any folder will do.
# CompileThresholdScaling=10: the JIT compiles a method after ten times as many calls. On a small machine
# the compilers took half the processor time of a start, mostly for code that runs only while starting;
# pages under load reach the thresholds within seconds (docs/performance.md, "Start-up"). Delete the line
# to start with the JVM's defaults.
printf '"%s"\n' "${USE[@]}" -XX:CompileThresholdScaling=10 -Dspring.aot.enabled=true -jar "$APP" >"$OUT/runway.args"
echo "== ready. Start Runway with:"
echo "   $JAVA @$OUT/runway.args"
