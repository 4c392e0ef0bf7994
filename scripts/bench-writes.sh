#!/usr/bin/env bash
# What durability costs: submissions per second of POST /api/assessments on the default H2 file
# database with H2's own write delay (500 ms, commits held in memory) and with Runway's setting
# (WRITE_DELAY=0, each commit written before it returns), measured in one run, rounds interleaved.
#
#   scripts/bench-writes.sh
#
# Each round starts the packaged jar on a fresh data folder under a temporary directory, on a free
# port of 127.0.0.1, with -Xmx256m; warms up; runs `wrk -t2 -c8` posting a complete assessment (every
# question answered, built from /api/questionnaire); stops the jar and notes the size of its data
# folder. Prints one table and the load average. Nothing listens beyond 127.0.0.1 and nothing is left running.
#
# Settings (environment): DURATION=15s, WARMUP=5s, ROUNDS=3.
# Needs: java 17, wrk and python3 (apt-get install wrk python3), curl.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-3}

for tool in java wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "bench-writes: '$tool' is needed" >&2; exit 1; }
done
JAR=$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ -z "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/runway-*.jar | grep -v '\.original$' | head -n 1)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-writes.XXXXXX")
APP_PID=
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap 'stop_app; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"

# $1: label, $2: H2 URL settings after the file name
start_app() {
    local dir="$WORK/$1-$RANDOM"
    APP_DIR=$dir
    mkdir -p "$dir"
    (cd "$dir" && exec java -Xmx256m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
        --spring.main.banner-mode=off --runway.account.admin-password=Bench-Writes-1 \
        "--spring.datasource.url=jdbc:h2:file:./data/runway;AUTO_SERVER=FALSE$2" > "$dir/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 240); do
        curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { cat "$dir/app.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "bench-writes: the jar did not start" >&2; exit 1
}

# The request body and wrk's script, built once from the questionnaire of a first start.
start_app probe ""
curl -sf "$BASE/api/questionnaire" | python3 -c '
import json, sys
q = json.load(sys.stdin)
body = {"profile": {"startupName": "Bench", "industry": q["industries"][0]["id"], "stage": "seed", "teamSize": 6},
        "answers": {x["id"]: x["options"][0]["id"] for x in q["questions"]}}
print("wrk.method = \"POST\"")
print("wrk.headers[\"Content-Type\"] = \"application/json\"")
print("wrk.body = " + json.dumps(json.dumps(body)))
print("done = function(summary, latency, requests)")
print("  io.write(string.format(\"RESULT %d %d %.1f %.1f\\n\", summary.requests, summary.errors.status,")
print("    latency:percentile(50) / 1000, latency:percentile(99) / 1000))")
print("end")' > "$WORK/post.lua"
stop_app

declare -A SETTINGS=([h2-default-delay]="" [write-delay-0]=";WRITE_DELAY=0")
ORDER=(h2-default-delay write-delay-0)
declare -A RESULTS
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
    for label in "${ORDER[@]}"; do
        start_app "$label" "${SETTINGS[$label]}"
        wrk -t2 -c8 -d"$WARMUP" -s "$WORK/post.lua" "$BASE/api/assessments" >/dev/null
        line=$(wrk -t2 -c8 -d"$DURATION" -s "$WORK/post.lua" "$BASE/api/assessments" | grep '^RESULT')
        stop_app
        size_mb=$(du -sm "$APP_DIR/data" | cut -f1)
        read -r _ requests errors p50 p99 <<<"$line"
        seconds=${DURATION%s}
        rps=$(python3 -c "print(round($requests / $seconds, 1))")
        RESULTS[$label,$round]="$rps $p50 $p99 $size_mb"
        echo "round $round  $label  $rps submissions/s  p50 ${p50} ms  p99 ${p99} ms  non-2xx $errors" \
            " database after the run ${size_mb} MB" >&2
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "| round | H2 default (500 ms delay): submissions/s, p50, p99, file | WRITE_DELAY=0: submissions/s, p50, p99, file | ratio |"
echo "|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
    read -r a a50 a99 amb <<<"${RESULTS[h2-default-delay,$round]}"
    read -r b b50 b99 bmb <<<"${RESULTS[write-delay-0,$round]}"
    ratio=$(python3 -c "print(round($b / $a, 2) if $a else 'n/a')")
    echo "| $round | $a/s, ${a50} ms, ${a99} ms, ${amb} MB | $b/s, ${b50} ms, ${b99} ms, ${bmb} MB | $ratio |"
done
echo
echo "load average (1, 5, 15 min): before $LOAD_BEFORE, after $LOAD_AFTER; $(nproc) cores"
