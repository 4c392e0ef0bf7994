#!/usr/bin/env bash
# A bounded soak run: the packaged jar under a mixed load on loopback for a set time (readers,
# founders answering page by page, API clients, a mentor saving reviews), then the 5xx count, the
# latency percentiles per kind of request and the heap after a full GC.
#
#   scripts/soak.sh            # 5 minutes
#   DURATION=60 scripts/soak.sh
#
# The jar runs with -Xmx256m on a fresh H2 file in a temporary folder, with 127.0.0.1 as trusted proxy
# so that each virtual person has an address of its own and the default rate limits apply as to
# people. The driver is app.runway.reliability.Soak (test sources). Nothing listens beyond
# 127.0.0.1, nothing is left running, and the exit status is 1 if any request got a 5xx.
# Needs: java 17 (with jcmd), curl, and a build: ./mvnw -DskipTests package (jar and test classes).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-300}
JAR=$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ -z "$JAR" ] || [ ! -f "$ROOT/target/test-classes/app/runway/reliability/Soak.class" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/runway-*.jar | grep -v '\.original$' | head -n 1)
fi
if [ ! -f "$ROOT/target/soak-classpath.txt" ]; then
    (cd "$ROOT" && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/soak-classpath.txt)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX")
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo 18765)
BASE="http://127.0.0.1:$PORT"
(cd "$WORK" && exec java -Xmx256m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.main.banner-mode=off --runway.account.admin-password=Kill-Nine-Admin-1 \
    --runway.protection.trusted-proxies=127.0.0.1 > "$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 240); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done

echo "== soak: ${DURATION}s of mixed load on $BASE (jar pid $APP_PID, -Xmx256m)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/soak-classpath.txt")" \
    app.runway.reliability.Soak "$BASE" "$DURATION" | tee "$WORK/soak.out"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

JAVA_PID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
jcmd "$JAVA_PID" GC.run >/dev/null
echo
echo "heap after the run and a full GC:"
jcmd "$JAVA_PID" GC.heap_info | sed -n '2,3p'
echo "load average (1, 5, 15 min): before $LOAD_BEFORE, after $LOAD_AFTER; $(nproc) cores"
echo "ERROR lines in the application log: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
[ "$(grep '^SOAK-5XX' "$WORK/soak.out" | cut -d' ' -f2)" = "0" ]
