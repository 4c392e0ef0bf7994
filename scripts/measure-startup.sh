#!/usr/bin/env bash
# How long the packaged jar takes from `java` to a healthy /actuator/health, several ways, in rounds
# interleaved so that a busy moment of a shared machine falls on all of them alike:
#
#   plain        java -jar runway.jar
#   aot          the bean definitions Spring AOT prepared at build time (-Dspring.aot.enabled=true)
#   cds          the extracted jar with a class data sharing archive (without AOT)
#   aot+cds      both, with the JIT setting scripts/cds.sh writes: what it prepares on Java 17
#   aot+cds,jit=1  the same with the JIT's default thresholds (-XX:CompileThresholdScaling=1)
# and, with NEWER_JAVA set to the java of a JDK 25 or later (the same jar, built for Java 17):
#   plain@N      java -jar runway.jar on that JDK
#   aot+cache@N  AOT and the JDK's AOT cache: what scripts/cds.sh prepares on that JDK
#   aot+cache@N,jit=1  the same with the JIT's default thresholds
# and, with TRY_OPTIONS set too (JVM options to try, e.g. "-XX:+UseSerialGC"):
#   aot+cache@N+ the same with those options
#
#   scripts/measure-startup.sh            # 3 rounds
#   ROUNDS=5 NEWER_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java scripts/measure-startup.sh
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
NEWER_JAVA=${NEWER_JAVA:-}
TRY_OPTIONS=${TRY_OPTIONS:-}

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

# The CDS archive of a start without AOT (an archive records the classes of the start it was made from;
# the ways with AOT take what scripts/cds.sh makes, as an operator would).
archive() { # $1: folder
    local dir=$1
    java -Djarmode=tools -jar "$JAR" extract --destination "$dir" >/dev/null
    (cd "$WORK" && java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$dir/$NAME" --server.port=0 --spring.datasource.url="jdbc:h2:mem:cds" \
        >"$dir/training.log" 2>&1) || {
        echo "measure-startup: the training start failed; the end of its log:" >&2
        tail -n 30 "$dir/training.log" >&2
        exit 1
    }
}

# Starts Runway with the given java arguments, waits for the first healthy answer and stops it; the
# seconds it took are left in SECONDS_TO_HEALTHY, the processor time it used in CPU_SECONDS. Run in this
# shell (not in $(...)), so that the clean-up on an interruption knows the process.
start() {
    start_with java "$@"
}

start_with() { # $1: the java to run, then its arguments
    local java=$1 port begin end
    shift
    port=$(free_port)
    begin=$(date +%s.%N)
    (cd "$WORK" && exec "$java" -Xmx256m "$@" --server.address=127.0.0.1 --server.port="$port" \
        >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s.%N)
    # User and system time of the JVM so far, all threads (the JIT compilers too), in clock ticks.
    CPU_SECONDS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    SECONDS_TO_HEALTHY=$(python3 -c "print(f'{$end - $begin:.2f}')")
}

# The argument file scripts/cds.sh wrote, with the JIT's default thresholds instead of its setting.
default_jit() { # $1: the folder scripts/cds.sh wrote
    grep -q CompileThresholdScaling "$1/runway.args" \
        || { echo "measure-startup: scripts/cds.sh no longer sets the JIT's thresholds" >&2; exit 1; }
    sed 's/-XX:CompileThresholdScaling=[0-9.]*/-XX:CompileThresholdScaling=1/' "$1/runway.args" >"$1/default-jit.args"
}

start_way() { # $1: one of WAYS
    case $1 in
        plain) start -jar "$JAR" ;;
        plain@*) start_with "$NEWER_JAVA" -jar "$JAR" ;;
        aot+cache@*+) # shellcheck disable=SC2086 # one word per option
            start_with "$NEWER_JAVA" $TRY_OPTIONS @"$WORK/aot-cache/runway.args" ;;
        aot+cache@*,jit=1) start_with "$NEWER_JAVA" @"$WORK/aot-cache/default-jit.args" ;;
        aot+cache@*) start_with "$NEWER_JAVA" @"$WORK/aot-cache/runway.args" ;;
        aot) start -Dspring.aot.enabled=true -jar "$JAR" ;;
        cds) start -XX:SharedArchiveFile="$WORK/cds/app.jsa" -jar "$WORK/cds/$NAME" ;;
        aot+cds,jit=1) start @"$WORK/aot-cds/default-jit.args" ;;
        aot+cds) start @"$WORK/aot-cds/runway.args" ;;
    esac
}

echo "== preparing: the CDS archives, the AOT cache and the H2 database"
archive "$WORK/cds"
JAVA=java RUNWAY_JAR="$JAR" OUT="$WORK/aot-cds" "$ROOT/scripts/cds.sh" >/dev/null
default_jit "$WORK/aot-cds"
WAYS=(plain aot cds aot+cds,jit=1 aot+cds)
if [ -n "$NEWER_JAVA" ]; then
    FEATURE=$("$NEWER_JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    [[ "$FEATURE" =~ ^[0-9]+$ && "$FEATURE" -ge 25 ]] \
        || { echo "measure-startup: NEWER_JAVA must be the java of a JDK 25 or later" >&2; exit 1; }
    JAVA="$NEWER_JAVA" RUNWAY_JAR="$JAR" OUT="$WORK/aot-cache" "$ROOT/scripts/cds.sh" >/dev/null
    default_jit "$WORK/aot-cache"
    WAYS+=("plain@$FEATURE" "aot+cache@$FEATURE,jit=1" "aot+cache@$FEATURE")
    [ -z "$TRY_OPTIONS" ] || WAYS+=("aot+cache@$FEATURE+")
fi
start_way plain

declare -A TIMES=() CPU=()
[ -z "$TRY_OPTIONS" ] || echo "== the ways ending in + add: $TRY_OPTIONS"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    for way in "${WAYS[@]}"; do
        start_way "$way"
        TIMES[$way]="${TIMES[$way]:-} $SECONDS_TO_HEALTHY"
        CPU[$way]="${CPU[$way]:-} $CPU_SECONDS"
    done
    echo "   round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

printf '\n| how | starts (s) | median (s) | against plain | processor time, median (s) |\n|---|---|---|---|---|\n'
for way in "${WAYS[@]}"; do
    # shellcheck disable=SC2086 # one argument per start
    python3 - "$way" "${TIMES[plain]}" "${CPU[$way]}" ${TIMES[$way]} <<'EOF'
import statistics, sys
way, plain, cpu, times = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), [float(t) for t in sys.argv[4:]]
median = statistics.median(times)
ratio = median / statistics.median(float(t) for t in plain)
cpu_median = statistics.median(float(c) for c in cpu)
print(f"| {way} | {', '.join(f'{t:.2f}' for t in times)} | {median:.2f} | {ratio:.2f} | {cpu_median:.1f} |")
EOF
done
