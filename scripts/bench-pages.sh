#!/usr/bin/env bash
# How fast Runway serves its read pages, against two yardsticks measured in the same run:
#   - nginx serving the very same bytes as static files (the ceiling on this machine), and
#   - Spring PetClinic (Spring Boot, Thymeleaf, H2: a plain app of the same stack), if PETCLINIC_JAR is set.
#
#   RUNWAY_JAR=/path/runway.jar PETCLINIC_JAR=/path/petclinic.jar scripts/bench-pages.sh
#   DURATION=3s WARMUP=2s ROUNDS=1 scripts/bench-pages.sh            # a quick check of the script
#
# Runway pages measured (each must answer 200 first, else the script stops):
#   /guide/chapters/strategy         the largest chapter                      ("chapter")
#   /guide/risks/compute-cost        an entry page with many links            ("entry")
#   /assessments/{token}/report      the report of one completed assessment   ("report")
#   /guide/search?q=data             search, English word
#   /guide/search?q=%E6%95%B0%E6%8D%AE  search, Chinese word 数据 (data)
# nginx: the bytes Runway served for the chapter, entry and report pages (saved with curl, no
# Accept-Encoding), as files with Content-Type "text/html; charset=utf-8"; checked byte-identical.
# PetClinic: /owners/1 and /vets.html.
#
# What it does: takes the Runway jar from RUNWAY_JAR (default target/runway-*.jar, built with
# ./mvnw -q -DskipTests package only if missing); starts it from a temporary folder with -Xmx256m, an
# in-memory H2 database and the anonymous-assessment rate limit lifted (the only limit a request of
# this script meets: limits apply to POSTs, and the script POSTs one assessment; GETs are not
# limited); prints the wall-clock time until /actuator/health answers UP; creates one complete
# assessment through POST /api/assessments (an answer for every question asked of the profile,
# options varied, conditional follow-ups made to apply: no unanswered, no ignored question), so that
# its report page exists; saves the pages for nginx and starts nginx; starts PetClinic if asked; then
# runs ROUNDS interleaved rounds, each going once through every target in turn:
#   wrk -t2 -c32 -d$DURATION --latency --timeout 10s URL
# Warm-up: `wrk -t2 -c32 -d$WARMUP` before each target in round 1 (JIT, caches, thread pools);
# in later rounds a short `-d$REWARMUP` run before each target: between two visits of the same
# application the others run for minutes, Tomcat lets threads idle for 60 s go, and the short run
# opens the connections and grows the pool again before the measured run starts.
# Prints one markdown table (req/s, p50 ms, p99 ms per target and round, and the ratios computed
# within each round), the start-up time, the resident memory of the Runway process after the runs,
# and the load average at the start, after each round and at the end.
#
# Everything is measured UNCOMPRESSED: wrk sends no Accept-Encoding header, so Runway's
# server.compression does not apply, and nginx has gzip off. Also unlike: Runway (Tomcat) closes a
# keep-alive connection after 100 requests, nginx after 1000 (both defaults, left as they are);
# Runway's headers are longer (security headers; the script prints each page's header size).
# Runway, nginx and PetClinic all run during the whole measurement (idle when not measured), and wrk
# runs on the same machine: on a 2-core machine wrk takes a good part of the CPU, so the figures are
# for comparing within one run, not absolute.
#
# Settings (environment):
#   RUNWAY_JAR=path     the Runway jar (default: target/runway-*.jar of the project)
#   PETCLINIC_JAR=path  a Spring PetClinic jar; without it the PetClinic targets and ratios are left out
#   DURATION=20s        length of each measured wrk run
#   WARMUP=30s          warm-up per target in round 1 (on 2 cores the JIT compilers need about a minute of load to settle)
#   REWARMUP=2s         warm-up per target in the later rounds
#   ROUNDS=3            interleaved rounds
#   GUIDE_COPIES=N      serve a guide N times the bundled one (app.runway.bench.LargeGuide, run from
#                       the project's target/test-classes, made by ./mvnw -DskipTests package; the
#                       source is the guide inside the jar); copy 1's chapter and entry are measured.
#                       LargeGuide copies the chapters only, not the questionnaire: such a guide has
#                       no questionnaire, so no assessment, no report page and no report targets
#   OUT=file            also write the table and the summary to this file
#   JAVA_OPTS           extra JVM options for Runway
#   NGINX=path          the nginx binary (default: nginx on the PATH, else /usr/sbin/nginx)
#
# Building PetClinic (outside this project; never commit it here), e.g. from
# https://github.com/spring-projects/spring-petclinic (Spring Boot 4.0.3, Java 17):
#   git clone https://github.com/spring-projects/spring-petclinic && cd spring-petclinic
#   mvn -q -DskipTests package          # plain mvn, Maven Central only: no skip flag was needed
#   PETCLINIC_JAR=$PWD/target/spring-petclinic-4.0.0-SNAPSHOT.jar
# If a plugin wants the network or fails elsewhere (not needed here, so untested), skip it with
# -Dcheckstyle.skip=true -Dspring-javaformat.skip=true -Dcyclonedx.skip=true -Dmaven.gitcommitid.skip=true
# (native/graalvm only runs with -Pnative).
#
# Nothing listens beyond 127.0.0.1 (all on free loopback ports), nothing is written into the project
# (everything runs in a temporary folder, removed at the end), and nothing is left running, whatever
# happens.
# Needs: java 17, wrk, nginx, curl, python3 (apt-get install wrk nginx curl python3).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
REWARMUP=${REWARMUP:-2s}
ROUNDS=${ROUNDS:-3}
GUIDE_COPIES=${GUIDE_COPIES:-}
PETCLINIC_JAR=${PETCLINIC_JAR:-}
OUT=${OUT:-}
START_TIMEOUT=${START_TIMEOUT:-300}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

for tool in java wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "bench-pages: '$tool' is needed" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "bench-pages: nginx is needed (set NGINX=path)" >&2; exit 1; }
[ -z "$PETCLINIC_JAR" ] || [ -f "$PETCLINIC_JAR" ] || { echo "bench-pages: no file $PETCLINIC_JAR" >&2; exit 1; }

find_jar() {
    ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true
}
JAR=${RUNWAY_JAR:-$(find_jar)}
if [ -z "$JAR" ]; then
    echo "== building the jar (./mvnw -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(find_jar)
    [ -n "$JAR" ] || { echo "bench-pages: no jar in $ROOT/target after the build" >&2; exit 1; }
fi
[ -f "$JAR" ] || { echo "bench-pages: no file $JAR" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[ -z "$PETCLINIC_JAR" ] || PETCLINIC_JAR=$(cd "$(dirname "$PETCLINIC_JAR")" && pwd)/$(basename "$PETCLINIC_JAR")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-pages.XXXXXX")
APP_PID=
PC_PID=
NGINX_PID=
# $1: pid; TERM, then KILL after 30 s
stop_pid() {
    local pid=$1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    [ -z "$APP_PID" ] || echo "== stopping Runway (pid $APP_PID)${PC_PID:+, PetClinic (pid $PC_PID)}${NGINX_PID:+, nginx (pid $NGINX_PID)}"
    stop_pid "$APP_PID"
    stop_pid "$PC_PID"
    stop_pid "$NGINX_PID"   # the master; it stops its workers
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

LOAD_START=$(loadavg)

# --- Runway --------------------------------------------------------------------------------------
GUIDE_ARGS=()
SUFFIX=
if [ -n "$GUIDE_COPIES" ]; then
    [ -f "$ROOT/target/test-classes/app/runway/bench/LargeGuide.class" ] || {
        echo "bench-pages: GUIDE_COPIES needs $ROOT/target/test-classes (run ./mvnw -DskipTests package)" >&2
        exit 1
    }
    echo "== writing a guide of $GUIDE_COPIES copies of the jar's guide to $WORK/guide"
    python3 - "$JAR" "$WORK/guide-src" <<'EOF'
import sys, zipfile
prefix = "BOOT-INF/classes/guide/"
with zipfile.ZipFile(sys.argv[1]) as z:
    names = [n for n in z.namelist() if n.startswith(prefix) and not n.endswith("/")]
    if not names:
        sys.exit("bench-pages: no guide under " + prefix + " in " + sys.argv[1])
    for n in names:
        z.extract(n, sys.argv[2])
EOF
    java -cp "$ROOT/target/test-classes:$ROOT/target/classes" app.runway.bench.LargeGuide \
        "$WORK/guide-src/BOOT-INF/classes/guide" "$WORK/guide" "$GUIDE_COPIES"
    GUIDE_ARGS=("--runway.guide.location=$WORK/guide")
    SUFFIX=-1
fi

# $1: name, $2: pid, $3: URL, $4: log, $5: what the answer must contain (empty: any 2xx)
wait_until_up() {
    local name=$1 pid=$2 url=$3 log=$4 want=$5 started
    started=$(date +%s)
    while true; do
        if [ -n "$want" ]; then
            curl -sf "$url" 2>/dev/null | grep -q "$want" && return 0
        else
            curl -sf -o /dev/null "$url" 2>/dev/null && return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "bench-pages: $name stopped while starting; the end of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if [ $(( $(date +%s) - started )) -ge "$START_TIMEOUT" ]; then
            echo "bench-pages: $name not up after ${START_TIMEOUT}s; the end of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
}

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/runway"
echo "== starting $JAR on $BASE (-Xmx256m, jdbc:h2:mem:bench)"
t0=$(now)
# Started from the temporary folder, so that nothing (./data, logs) is written into the project.
(cd "$WORK/runway" && exec java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.datasource.url=jdbc:h2:mem:bench \
    --runway.protection.anonymous-assessments.requests=1000000 \
    "${GUIDE_ARGS[@]}" >"$WORK/runway/app.log" 2>&1) &
APP_PID=$!
wait_until_up Runway "$APP_PID" "$BASE/actuator/health" "$WORK/runway/app.log" '"UP"'
STARTUP=$(since "$t0")
echo "   /actuator/health UP after $STARTUP s (wall clock, from launching java)"

# --- One complete assessment, for the report page ----------------------------------------------
REPORT=
SUMMARY="none: GUIDE_COPIES's guide has no questionnaire"
if [ -n "$GUIDE_COPIES" ]; then
    echo "== no assessment and no report page ($SUMMARY)"
else
    curl -sf "$BASE/api/questionnaire" >"$WORK/questionnaire.json" || {
        echo "bench-pages: GET /api/questionnaire failed" >&2; exit 1; }
    # Every question asked of the profile gets an answer (options rotated, never "unknown"); the answers
    # that conditional questions depend on are set so that those are asked too; questions not asked of
    # the profile (other stages or industries) are left out, so nothing is unanswered or ignored.
    python3 - "$WORK/questionnaire.json" >"$WORK/assessment.json" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
industry, stage = "healthcare", "seed"
answers = {}
for i, x in enumerate(q["questions"]):
    options = [o["id"] for o in x["options"] if o["id"] != "unknown"]
    answers[x["id"]] = options[i % len(options)]
for x in q["questions"]:
    c = x.get("conditions") or {}
    if "ifAnswer" in c:
        answers[c["ifAnswer"]["question"]] = c["ifAnswer"]["options"][0]
def asked(x):
    c = x.get("conditions") or {}
    return ((not c.get("stages") or stage in c["stages"])
            and (not c.get("industries") or industry in c["industries"])
            and (not c.get("ifAnswer") or answers.get(c["ifAnswer"]["question"]) in c["ifAnswer"]["options"]))
print(json.dumps({"profile": {"startupName": "Bench Pages", "industry": industry, "stage": stage, "teamSize": 6},
                  "answers": {x["id"]: answers[x["id"]] for x in q["questions"] if asked(x)}}))
EOF
    code=$(curl -s -o "$WORK/created.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data-binary @"$WORK/assessment.json" "$BASE/api/assessments")
    [ "$code" = 201 ] || { echo "bench-pages: POST /api/assessments answered $code:" >&2; cat "$WORK/created.json" >&2; exit 1; }
    read -r TOKEN SUMMARY < <(python3 - "$WORK/created.json" <<'EOF'
import json, sys
a = json.load(open(sys.argv[1]))
r = a["result"]
print(a["token"], f'{a["status"]}, {len(a["answers"])} answers, index {r["index"]}, '
      f'{len(r["flaggedRisks"])} flagged risks, {len(r["strategies"])} strategies, '
      f'unanswered {len(r["unanswered"])}, ignored {len(r["ignored"])}')
EOF
    )
    echo "== assessment created: $SUMMARY"
    REPORT=/assessments/$TOKEN/report
fi

CHAPTER=/guide/chapters/strategy$SUFFIX
ENTRY=/guide/risks/compute-cost$SUFFIX
ZH_WORD=数据   # "data"
SEARCH_EN=/guide/search?q=data
SEARCH_ZH=/guide/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$ZH_WORD")

# $1: URL; must answer 200 (a redirect is reported with where it leads, and stops the script: wrk
# does not follow redirects, it would measure the redirect)
check_page() {
    local url=$1 code size type cookie
    read -r code size type < <(curl -s -o /dev/null -D "$WORK/headers.txt" \
        -w '%{http_code} %{size_download} %{content_type}\n' "$url")
    if [ "$code" != 200 ]; then
        echo "bench-pages: $url answers $code" >&2
        if [[ "$code" == 3* ]]; then
            echo "   it redirects: $(curl -s -o /dev/null -L -w '%{num_redirects} redirect(s), ending at %{url_effective} with %{http_code}' "$url")" >&2
        fi
        exit 1
    fi
    echo "   $(sed -E 's|^http://127\.0\.0\.1:[0-9]+||' <<<"$url"): HTTP 200, $size bytes (headers $(wc -c <"$WORK/headers.txt")), $type"
    cookie=$(grep -i '^set-cookie:' "$WORK/headers.txt" | cut -d';' -f1 | tr -d '\r' || true)
    if [ -n "$cookie" ]; then
        echo "      note: it answers $cookie; wrk sends no cookies, so every request creates a new HTTP session"
    fi
}

echo "== Runway pages (uncompressed: no Accept-Encoding)"
for page in "$CHAPTER" "$ENTRY" ${REPORT:+"$REPORT"} "$SEARCH_EN" "$SEARCH_ZH"; do
    check_page "$BASE$page"
done

# --- nginx serving the same bytes ----------------------------------------------------------------
NGX=$WORK/nginx
mkdir -p "$NGX/html" "$NGX/temp"
SAVED=(chapter entry)
[ -z "$REPORT" ] || SAVED+=(report)
for name in "${SAVED[@]}"; do
    case $name in chapter) page=$CHAPTER ;; entry) page=$ENTRY ;; report) page=$REPORT ;; esac
    # curl sends no Accept-Encoding unless asked (--compressed), so these are the uncompressed bytes.
    curl -sf -D "$NGX/$name.headers" -o "$NGX/html/$name.html" "$BASE$page"
    if grep -qi '^content-encoding:' "$NGX/$name.headers"; then
        echo "bench-pages: Runway compressed $page though no Accept-Encoding was sent" >&2; exit 1
    fi
done
NGINX_PORT=$(free_port)
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
USER_LINE=
if [ "$(id -u)" = 0 ]; then
    # As root, nginx's workers switch to an unprivileged user, which must be able to read the files.
    USER_LINE="user nobody nogroup;"
    chmod 711 "$WORK"
    chmod 755 "$NGX" "$NGX/html"
    chmod 644 "$NGX"/html/*.html
fi
cat >"$NGX/nginx.conf" <<EOF
$USER_LINE
# auto: one worker per core, as many cores as the JVMs may use (Tomcat's threads are not bound to one
# core either): nginx here stands for the most this machine can serve, not for a small proxy.
worker_processes auto;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
events {
    worker_connections 1024;
}
http {
    types { }
    default_type text/html;
    charset utf-8;
    access_log off;
    sendfile on;
    gzip off;
    client_body_temp_path $NGX/temp/client_body;
    proxy_temp_path $NGX/temp/proxy;
    fastcgi_temp_path $NGX/temp/fastcgi;
    uwsgi_temp_path $NGX/temp/uwsgi;
    scgi_temp_path $NGX/temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGX/html;
    }
}
EOF
echo "== starting nginx on $NGINX_BASE ($NGINX, worker_processes auto = $(nproc))"
"$NGINX" -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log" &
NGINX_PID=$!
wait_until_up nginx "$NGINX_PID" "$NGINX_BASE/chapter.html" "$NGX/error.log" ""
for name in "${SAVED[@]}"; do
    check_page "$NGINX_BASE/$name.html"
    curl -sf -o "$NGX/$name.check" "$NGINX_BASE/$name.html"
    a=$(sha256sum <"$NGX/html/$name.html" | cut -c1-64)
    b=$(sha256sum <"$NGX/$name.check" | cut -c1-64)
    [ "$a" = "$b" ] || { echo "bench-pages: nginx serves other bytes for $name.html" >&2; exit 1; }
    type=$(curl -s -o /dev/null -w '%{content_type}' "$NGINX_BASE/$name.html")
    [ "$type" = "text/html; charset=utf-8" ] || { echo "bench-pages: nginx answers Content-Type '$type'" >&2; exit 1; }
    echo "      same bytes as Runway's: $(stat -c %s "$NGX/html/$name.html") bytes, sha256 ${a:0:16}…"
done

# --- PetClinic -----------------------------------------------------------------------------------
PC_BASE=
PC_STARTUP=
if [ -n "$PETCLINIC_JAR" ]; then
    PC_PORT=$(free_port)
    PC_BASE="http://127.0.0.1:$PC_PORT"
    mkdir -p "$WORK/petclinic"
    echo "== starting $PETCLINIC_JAR on $PC_BASE (-Xmx256m)"
    t0=$(now)
    (cd "$WORK/petclinic" && exec java -Xmx256m -jar "$PETCLINIC_JAR" \
        --server.address=127.0.0.1 --server.port="$PC_PORT" >"$WORK/petclinic/app.log" 2>&1) &
    PC_PID=$!
    wait_until_up PetClinic "$PC_PID" "$PC_BASE/" "$WORK/petclinic/app.log" ""
    PC_STARTUP=$(since "$t0")
    echo "   / answers after $PC_STARTUP s"
    for page in /owners/1 /vets.html; do
        check_page "$PC_BASE$page"
    done
fi

# --- Targets, in the order of each round (pairs that are compared measured one after the other) ---
NAMES=("Runway chapter" "nginx chapter" "Runway entry" "nginx entry")
URLS=("$BASE$CHAPTER" "$NGINX_BASE/chapter.html" "$BASE$ENTRY" "$NGINX_BASE/entry.html")
if [ -n "$REPORT" ]; then
    NAMES+=("Runway report" "nginx report")
    URLS+=("$BASE$REPORT" "$NGINX_BASE/report.html")
fi
if [ -n "$PC_BASE" ]; then
    NAMES+=("PetClinic /owners/1" "PetClinic /vets.html")
    URLS+=("$PC_BASE/owners/1" "$PC_BASE/vets.html")
fi
NAMES+=("Runway search data" "Runway search $ZH_WORD")
URLS+=("$BASE$SEARCH_EN" "$BASE$SEARCH_ZH")

# wrk's output -> "req/s p50-ms p99-ms errors" (errors: non-2xx/3xx answers and socket errors)
parse_wrk() {
    python3 - "$1" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    if not m:
        return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)]
rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
errors = sum(int(n) for n in re.findall(r"^\s*Non-2xx or 3xx responses:\s+(\d+)", text, re.M))
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
if sock:
    errors += sum(int(n) for n in sock.groups())
done = re.search(r"^\s*(\d+) requests in", text, re.M)
if not done or int(done.group(1)) == 0:  # nothing answered within the run: no latency to speak of
    print(f"nan nan nan {errors}")
else:
    print(f'{float(rps.group(1)) if rps else float("nan"):.1f} {ms("50"):.2f} {ms("99"):.2f} {errors}')
EOF
}

declare -A RESULT
LOADS=("start of the script: $LOAD_START" "before round 1: $(loadavg)")
echo
echo "== $ROUNDS round(s) of wrk -t2 -c32 -d$DURATION --latency --timeout 10s on ${#NAMES[@]} targets" \
    "(warm-up -d$WARMUP in round 1, -d$REWARMUP later)"
for round in $(seq 1 "$ROUNDS"); do
    warm=$WARMUP
    [ "$round" = 1 ] || warm=$REWARMUP
    for i in "${!NAMES[@]}"; do
        wrk -t2 -c32 -d"$warm" --timeout 10s "${URLS[$i]}" >/dev/null
        wrk -t2 -c32 -d"$DURATION" --latency --timeout 10s "${URLS[$i]}" >"$WORK/wrk.txt"
        read -r rps p50 p99 errors < <(parse_wrk "$WORK/wrk.txt")
        RESULT[$i,$round]="$rps $p50 $p99 $errors"
        printf '   round %s  %-24s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s\n' \
            "$round" "${NAMES[$i]}" "$rps" "$p50" "$p99" "$errors"
        if [ "$errors" != 0 ]; then
            grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | sed 's/^/      /'
        fi
    done
    if [ "$round" = "$ROUNDS" ]; then
        LOADS+=("end: $(loadavg)")
    else
        LOADS+=("after round $round: $(loadavg)")
    fi
done
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
PC_RSS=
[ -z "$PC_PID" ] || PC_RSS=$(( $(ps -o rss= -p "$PC_PID") / 1024 ))

# --- The table -------------------------------------------------------------------------------------
index_of() {
    local i
    for i in "${!NAMES[@]}"; do [ "${NAMES[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo -1
}
# $1, $2: target names, $3: % or x; prints "| label | round values | median |"
ratio_row() {
    local a b r vals=() cells=
    a=$(index_of "$1"); b=$(index_of "$2")
    [ "$a" -ge 0 ] && [ "$b" -ge 0 ] || return 0
    for r in $(seq 1 "$ROUNDS"); do
        vals+=("$(cut -d' ' -f1 <<<"${RESULT[$a,$r]}") $(cut -d' ' -f1 <<<"${RESULT[$b,$r]}")")
    done
    python3 - "$1 / $2" "$3" "${vals[@]}" <<'EOF'
import statistics, sys
label, kind, pairs = sys.argv[1], sys.argv[2], [tuple(map(float, p.split())) for p in sys.argv[3:]]
ratios = [a / b if b == b and b else float("nan") for a, b in pairs]
def fmt(x):  # three significant digits: 0.117 %, 11.7 %, 117 %; 0.0312×, 1.25×
    v = 100 * x if kind == "%" else x
    s = f"{v:.0f}" if v >= 100 else f"{v:#.3g}".rstrip(".")
    return s + (" %" if kind == "%" else "×")
unit = "req/s, %" if kind == "%" else "req/s, ×"
known = [x for x in ratios if x == x]  # without nan (a run that got no answer)
print(f"| {label} ({unit}) | " + " | ".join(fmt(x) if x == x else "nan" for x in ratios)
      + f" | {fmt(statistics.median(known)) if known else 'nan'} |")
EOF
}

table() {
    local header="| target |" line="|---|" i r cells median
    for r in $(seq 1 "$ROUNDS"); do
        header+=" round $r: req/s · p50 ms · p99 ms |"
        line+="---|"
    done
    echo "$header median req/s |"
    echo "$line---|"
    for i in "${!NAMES[@]}"; do
        cells=
        local rates=()
        for r in $(seq 1 "$ROUNDS"); do
            read -r rps p50 p99 errors <<<"${RESULT[$i,$r]}"
            cells+=" $rps · $p50 · $p99"
            [ "$errors" = 0 ] || cells+=" (**$errors errors**)"
            cells+=" |"
            rates+=("$rps")
        done
        median=$(python3 -c 'import statistics, sys; v = [x for x in map(float, sys.argv[1:]) if x == x]
print(f"{statistics.median(v):.1f}" if v else "nan")' "${rates[@]}")
        echo "| ${NAMES[$i]} |$cells $median |"
    done
    ratio_row "Runway chapter" "nginx chapter" %
    ratio_row "Runway entry" "nginx entry" %
    ratio_row "Runway report" "nginx report" %
    ratio_row "Runway report" "PetClinic /owners/1" x
    ratio_row "Runway chapter" "PetClinic /vets.html" x
}

summary() {
    echo "Runway: $(basename "$JAR"); wrk -t2 -c32 -d$DURATION --latency --timeout 10s, $ROUNDS interleaved round(s)," \
        "warm-up $WARMUP per target in round 1, $REWARMUP later; uncompressed (wrk sends no Accept-Encoding);" \
        "$(nproc) cores${GUIDE_COPIES:+; guide of $GUIDE_COPIES copies}"
    echo
    table
    echo
    echo "- Runway start-up: /actuator/health UP after $STARTUP s (wall clock)${PC_STARTUP:+; PetClinic: / after $PC_STARTUP s}"
    echo "- Runway resident memory after the runs: $RSS_MB MiB (-Xmx256m)${PC_RSS:+; PetClinic: $PC_RSS MiB}"
    echo "- Load average (1, 5, 15 min): $(printf '%s; ' "${LOADS[@]}" | sed 's/; $//')"
    echo "- Report measured: $SUMMARY"
}

echo
summary | tee "$WORK/summary.md"
[ -z "$OUT" ] || cp "$WORK/summary.md" "$OUT"
