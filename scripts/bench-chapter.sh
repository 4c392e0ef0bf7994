#!/usr/bin/env bash
# Measures two guide pages of the packaged application with wrk:
#   /guide/chapters/strategy   the largest chapter (52 entries)
#   /guide/risks/compute-cost  an entry page with many links
#
# Builds the jar if it is missing (./mvnw -q -DskipTests package), starts it on a free port of
# 127.0.0.1 with -Xmx512m and an in-memory H2 database, waits for /actuator/health, warms up,
# runs `wrk -t2 -c16 -d20s --latency` on each page, prints the results and stops the application.
# Nothing listens beyond 127.0.0.1 and nothing is left running, whatever happens.
#
# Settings (environment):
#   DURATION=20s      length of each measured wrk run
#   WARMUP=10s        length of the wrk warm-up run on each page
#   GUIDE_COPIES=N    serve a guide N times the bundled one (app.runway.bench.LargeGuide, copy 1's
#                     pages are measured); needs target/test-classes, which the package build makes
#   JAVA_OPTS         extra JVM options for the application
# Needs: java 17, wrk (apt-get install wrk), curl.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
GUIDE_COPIES=${GUIDE_COPIES:-}
START_TIMEOUT=${START_TIMEOUT:-300}

for tool in java wrk curl; do
    command -v "$tool" >/dev/null || { echo "bench-chapter: '$tool' is needed" >&2; exit 1; }
done

find_jar() {
    ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true
}

JAR=$(find_jar)
if [ -z "$JAR" ]; then
    echo "== building the jar (./mvnw -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(find_jar)
    [ -n "$JAR" ] || { echo "bench-chapter: no jar in $ROOT/target after the build" >&2; exit 1; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-chapter.XXXXXX")
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "== stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
        return
    fi
    local port
    for port in $(seq 18080 18180); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "bench-chapter: no free port in 18080-18180" >&2
    return 1
}

GUIDE_ARGS=()
SUFFIX=
if [ -n "$GUIDE_COPIES" ]; then
    [ -f "$ROOT/target/test-classes/app/runway/bench/LargeGuide.class" ] || {
        echo "bench-chapter: GUIDE_COPIES needs $ROOT/target/test-classes (run ./mvnw -DskipTests package)" >&2
        exit 1
    }
    echo "== writing a guide of $GUIDE_COPIES copies to $WORK/guide"
    java -cp "$ROOT/target/test-classes:$ROOT/target/classes" app.runway.bench.LargeGuide \
        "$ROOT/src/main/resources/guide" "$WORK/guide" "$GUIDE_COPIES"
    GUIDE_ARGS=("--runway.guide.location=$WORK/guide")
    SUFFIX=-1
fi
PAGES=("/guide/chapters/strategy$SUFFIX" "/guide/risks/compute-cost$SUFFIX")

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/app.log"
echo "== starting $(basename "$JAR") on $BASE (-Xmx512m, jdbc:h2:mem:bench)"
# Started from the temporary folder, so that nothing (./data, logs) is written into the project.
(cd "$WORK" && exec java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.datasource.url=jdbc:h2:mem:bench \
    "${GUIDE_ARGS[@]}" >"$LOG" 2>&1) &
APP_PID=$!

started=$(date +%s)
until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "bench-chapter: the application stopped while starting; the end of its log:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    if [ $(( $(date +%s) - started )) -ge "$START_TIMEOUT" ]; then
        echo "bench-chapter: not healthy after ${START_TIMEOUT}s; the end of its log:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    sleep 1
done
echo "== healthy after $(( $(date +%s) - started ))s; $(grep -m1 -o 'Guide [a-z]* ([0-9]* chapters, [0-9]* entries' "$LOG" || true))"

for page in "${PAGES[@]}"; do
    read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$BASE$page")
    echo "   $page: HTTP $code, $size bytes (uncompressed: wrk sends no Accept-Encoding)"
    [ "$code" = 200 ] || { echo "bench-chapter: $page answers $code" >&2; exit 1; }
done

echo "== warming up: wrk -t2 -c16 -d$WARMUP on each page"
for page in "${PAGES[@]}"; do
    wrk -t2 -c16 -d"$WARMUP" --timeout 10s "$BASE$page" | grep -E 'Requests/sec' | sed "s|^|   $page |"
done

# CPU seconds the application has used so far (user + system), from /proc: unlike requests/s, the
# CPU time per request hardly changes when other work on the machine competes for the cores.
app_cpu() {
    awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tck }' "/proc/$APP_PID/stat"
}

for page in "${PAGES[@]}"; do
    echo
    echo "== wrk -t2 -c16 -d$DURATION --latency $page"
    cpu_before=$(app_cpu)
    wrk -t2 -c16 -d"$DURATION" --timeout 10s --latency "$BASE$page" | tee "$WORK/wrk.txt"
    cpu_after=$(app_cpu)
    requests=$(grep -oE '^ *[0-9]+ requests in' "$WORK/wrk.txt" | grep -oE '[0-9]+' || echo 0)
    awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {
        printf "Application CPU: %.1f s for %d requests = %.1f ms per request\n", b - a, n, n ? 1000 * (b - a) / n : 0 }'
done

echo
echo "== application: resident memory $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MiB after the runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
