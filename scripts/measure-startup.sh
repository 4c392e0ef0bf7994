#!/usr/bin/env bash
# How long the packaged jar takes from `java` to a healthy /actuator/health, four ways, in rounds
# interleaved so that a busy moment of a shared machine falls on all of them alike:
#
#   plain    java -jar runway.jar
#   aot      the bean definitions Spring AOT prepared at build time (-Dspring.aot.enabled=true)
#   cds      the extracted jar with a class data sharing archive (what scripts/cds.sh makes, without AOT)
#   aot+cds  both: what scripts/cds.sh prints
#
#   scripts/measure-startup.sh            # 3 rounds
#   ROUNDS=5 scripts/measure-startup.sh
#
# Every start is a restart: one H2 file in a temporary folder, made by a first start that is not counted,
# and the bundled guide unchanged (the usual case of a deployment). Health is asked every 50 ms. The table
# gives each start and the median; the load average is printed before and after.
# Needs: java 17, curl, python3. Nothing listens beyond 127.0.0.1; nothing is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "measure-startup: ROUNDS must be 1 or more" >&2; exit 1; }
JAR=${RUNWAY_JAR:-$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
[ -n "$JAR" ] || { echo "measure-startup: build the jar first (./mvnw -DskipTests package)" >&2; exit 1; }
JAR=$(realpath "$JAR")
NAME=$(basename "$JAR")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/measure-startup.XXXXXX")
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# One archive per way of starting: an archive records the classes of the start it was made from.
archive() { # $1: folder, $2...: extra JVM options
    local dir=$1; shift
    java -Djarmode=tools -jar "$JAR" extract --destination "$dir" >/dev/null
    (cd "$WORK" && java -XX:ArchiveClassesAtExit="$dir/app.jsa" "$@" -Dspring.context.exit=onRefresh \
        -jar "$dir/$NAME" --server.port=0 --spring.datasource.url="jdbc:h2:mem:cds" \
        >"$dir/training.log" 2>&1) || {
        echo "measure-startup: the training start failed; the end of its log:" >&2
        tail -n 30 "$dir/training.log" >&2
        exit 1
    }
}

# Starts Runway with the given java arguments, waits for the first healthy answer and stops it; the
# seconds it took are left in SECONDS_TO_HEALTHY. Run in this shell (not in $(...)), so that the clean-up
# on an interruption knows the process.
start() {
    local port begin end
    port=$(free_port)
    begin=$(date +%s.%N)
    (cd "$WORK" && exec java -Xmx256m "$@" --server.address=127.0.0.1 --server.port="$port" \
        >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s.%N)
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    SECONDS_TO_HEALTHY=$(python3 -c "print(f'{$end - $begin:.2f}')")
}

start_way() { # $1: plain, aot, cds or aot+cds
    case $1 in
        plain) start -jar "$JAR" ;;
        aot) start -Dspring.aot.enabled=true -jar "$JAR" ;;
        cds) start -XX:SharedArchiveFile="$WORK/cds/app.jsa" -jar "$WORK/cds/$NAME" ;;
        aot+cds) start -XX:SharedArchiveFile="$WORK/aot-cds/app.jsa" -Dspring.aot.enabled=true \
            -jar "$WORK/aot-cds/$NAME" ;;
    esac
}

echo "== preparing: the CDS archives and the H2 database"
archive "$WORK/cds"
archive "$WORK/aot-cds" -Dspring.aot.enabled=true
start_way plain

WAYS=(plain aot cds aot+cds)
declare -A TIMES=()
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    for way in "${WAYS[@]}"; do
        start_way "$way"
        TIMES[$way]="${TIMES[$way]:-} $SECONDS_TO_HEALTHY"
    done
    echo "   round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

printf '\n| how | starts (s) | median (s) |\n|---|---|---|\n'
for way in "${WAYS[@]}"; do
    # shellcheck disable=SC2086 # one argument per start
    python3 - "$way" ${TIMES[$way]} <<'EOF'
import statistics, sys
way, times = sys.argv[1], [float(t) for t in sys.argv[2:]]
print(f"| {way} | {', '.join(f'{t:.2f}' for t in times)} | {statistics.median(times):.2f} |")
EOF
done
