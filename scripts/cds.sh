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
# restarted once on a throw-away database, reading a few pages, while the JVM records what later starts
# can map instead of doing again:
#   - Java 25 or later: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles);
#   - Java 17 to 24: a class data sharing archive (classes loaded and checked).
# The code is Java 17; a Java 25 runtime is what makes the largest difference (docs/performance.md,
# "Start-up"). The argument file also tells the JIT to compile later (below). A cache or archive belongs
# to the JDK that made it and to this jar: make it again after an upgrade of either (with the wrong one,
# the JVM starts without it and says so with -Xlog:aot or -Xshare:on).
#
# Environment: JAVA (default: java), RUNWAY_JAR (default: the jar in target/, built if missing),
# OUT (default: target/cds). The training starts use a throw-away H2 database in a temporary folder and
# listen on 127.0.0.1 only. Needs java and bash only (pages are read through bash's /dev/tcp).
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
    RECORDED="$OUT/runway.aot"
    RECORD=(-XX:AOTCacheOutput="$RECORDED")
    USE=(-XX:AOTCache="$RECORDED")
    WHAT="AOT cache (Java $FEATURE)"
else
    RECORDED="$OUT/runway.jsa"
    RECORD=(-XX:ArchiveClassesAtExit="$RECORDED")
    USE=(-XX:SharedArchiveFile="$RECORDED")
    WHAT="class data sharing archive (Java $FEATURE)"
fi

# OUT is emptied first: only when it is new, empty, or made by this script before (its marker, or what an
# earlier version of it left).
if [ -d "$OUT" ] && [ -n "$(ls -A "$OUT")" ] && [ ! -e "$OUT/.made-by-cds" ] && [ ! -e "$OUT/runway.args" ] \
        && [ ! -e "$OUT/runway.aot" ] && [ ! -e "$OUT/runway.jsa" ]; then
    echo "cds: $OUT has files this script did not make; choose another OUT" >&2
    exit 1
fi
[ ! -e "$OUT" ] || [ -d "$OUT" ] || { echo "cds: $OUT is a file; choose another OUT" >&2; exit 1; }
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null
: >"$OUT/.made-by-cds"
APP="$OUT/$(basename "$JAR")"

TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/runway-cds.XXXXXX")
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$TRAINING"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { # $1: what failed, $2: its log
    echo "cds: $1; the end of its log:" >&2
    tail -n 30 "$2" >&2
    exit 1
}

# One GET on 127.0.0.1 with bash alone, so that the script needs no HTTP client; writes the whole answer
# (status line, headers, body) to standard output. Gives up after 30 seconds.
get() { # $1: the port, $2: the path, $3: one more header line, or nothing
    timeout 30 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%b\r\n" "$2" "${3:+$3\r\n}" >&3
        cat <&3' get "$1" "$2" "${3:-}" 2>/dev/null
}

healthy() { # $1: the port
    [[ "$(get "$1" /actuator/health)" == *'"UP"'* ]]
}

# The status code of a GET, the whole answer read (gzipped when the server chooses to).
status_of() { # $1: the port, $2: the path
    get "$1" "$2" "Accept-Encoding: gzip" | { IFS=' ' read -r _ code _ || true; cat >/dev/null; echo "${code:-}"; }
}

# Starts Runway in the training folder with these java options, waits until it is healthy, reads the pages
# given after "--" and stops it the usual way (SIGTERM): the JVM writes what it recorded as it exits. The
# starts see none of the environment's settings (a database, a profile, a log level), only the jar's
# defaults and a throw-away H2 database in the training folder: never a real one.
train() { # $1: a name for the log, then java options, "--", then pages
    local name=$1 log="$TRAINING/$1.log" options=() port= status
    shift
    while [ "$1" != -- ]; do options+=("$1"); shift; done
    shift
    : >"$log"
    (cd "$TRAINING" && exec env -i PATH="$PATH" HOME="$HOME" TMPDIR="$TRAINING" "$JAVA" "${options[@]}" \
        -Dspring.aot.enabled=true -jar "$APP" --server.address=127.0.0.1 --server.port=0 \
        --spring.datasource.url="jdbc:h2:file:$TRAINING/data/runway;WRITE_DELAY=0" \
        --spring.datasource.username=sa --spring.datasource.password= >"$log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 360); do
        [ -n "$port" ] || port=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        if [ -n "$port" ] && healthy "$port"; then break; fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the $name start failed" "$log"
        sleep 0.5
    done
    { [ -n "$port" ] && healthy "$port"; } || fail "the $name start was not healthy within 3 minutes" "$log"
    for page in "$@"; do
        status=$(status_of "$port" "$page")
        [ "$status" = 200 ] || fail "the $name start answered ${status:-nothing} to $page" "$log"
    done
    kill "$APP_PID" 2>/dev/null || true
    status=0
    wait "$APP_PID" || status=$?
    APP_PID=
    # 143: stopped by SIGTERM, as asked.
    [ "$status" = 0 ] || [ "$status" = 143 ] || fail "the $name start ended with status $status" "$log"
}

# 1. The database a restart finds: the schema made, the guide stored and the first admin created, by a
#    start of its own. A deployment is usually a restart, and a restart reads the stored guide instead of
#    parsing it.
train first --
# 2. The training start: a restart on that database that reads a few pages, as the load balancer and the
#    first readers do, so that the classes and profiles of the first requests are recorded too.
echo "== training start: records the $WHAT"
train training "${RECORD[@]}" -- /actuator/health / /login /guide /guide/chapters/strategy \
    /guide/risks/compute-cost "/guide?lang=zh" "/guide/chapters/strategy?lang=zh" "/guide/search?q=data"
[ -s "$RECORDED" ] || fail "the training start wrote no $RECORDED" "$TRAINING/training.log"

# One quoted option per line; java reads it with @file (JDK 9+). Paths are absolute: any folder will do.
# CompileThresholdScaling=10: the JIT compiles a method after ten times as many calls. On a small machine
# the compilers took half the processor time of a start; with this, less processor time at every start and
# no slower warm-up under load (docs/performance.md, "Start-up"). Delete the line for the JVM's defaults.
printf '"%s"\n' "${USE[@]}" -XX:CompileThresholdScaling=10 -Dspring.aot.enabled=true -jar "$APP" >"$OUT/runway.args"
echo "== ready. Start Runway with:"
echo "   $JAVA @$OUT/runway.args"
