#!/usr/bin/env bash
# What the guide snapshot and the kept pages take on the heap, for the bundled guide and for a guide N
# times its size, with the jar at -Xmx256m (or MAX_HEAP).
#
#   scripts/measure-memory.sh                 # the bundled guide
#   GUIDE_COPIES=20 scripts/measure-memory.sh # a guide 20 times the bundled one (app.runway.bench.LargeGuide)
#
# For each guide it starts the packaged jar (fresh in-memory H2, loopback only), and after a full GC
# reads the heap in use (jcmd GC.heap_info):
#   1. once started: the application with its guide snapshot;
#   2. after reading every guide page in both languages once (contents, chapters, indexes, entries,
#      a search), so that each is rendered and kept: the snapshot and the kept pages.
# It does the same with a one-chapter guide first: step 1 of that run is the application without a guide
# to speak of, so (step 1 of the real guide) - (step 1 of the tiny guide) is what the snapshot takes, and
# (step 2) - (step 1) is what the kept pages take. Every page must answer 200 under the heap limit.
# Needs: java 17 with jcmd, curl, python3. Nothing listens beyond 127.0.0.1; nothing is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GUIDE_COPIES=${GUIDE_COPIES:-}
MAX_HEAP=${MAX_HEAP:-256m}
JAR=${RUNWAY_JAR:-$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
[ -n "$JAR" ] || { echo "measure-memory: build the jar first (./mvnw -DskipTests package)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/measure-memory.XXXXXX")
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

# Heap in use after a full collection, in MiB.
heap_used() {
    jcmd "$APP_PID" GC.run >/dev/null
    sleep 1
    jcmd "$APP_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+' \
        | awk '{ printf "%.1f", $1 / 1024 }'
}

start() { # $1: guide folder or "" for the bundled guide
    local port log args=()
    port=$(free_port)
    log="$WORK/app-$port.log"
    [ -n "$1" ] && args=("--runway.guide.location=$1")
    (cd "$WORK" && exec java -Xmx"$MAX_HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
        --spring.datasource.url="jdbc:h2:mem:memory" "${args[@]}" >"$log" 2>&1) &
    APP_PID=$!
    BASE="http://127.0.0.1:$port"
    until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$log" >&2; exit 1; }
        sleep 1
    done
}

stop() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

# Reads every guide page reachable from the contents and the indexes, in both languages.
crawl() {
    python3 - "$BASE" <<'EOF'
import re, sys, urllib.request
base = sys.argv[1]
seen, pages, failures = set(), 0, []
kinds = ["risks", "strategies", "cases", "pitfalls", "industries", "trends", "capabilities", "resources"]
for lang in ("en", "zh"):
    queue = ["/guide", "/guide/search?q=data"] + ["/guide/" + k for k in kinds]
    while queue:
        path = queue.pop()
        if (lang, path) in seen:
            continue
        seen.add((lang, path))
        sep = "&" if "?" in path else "?"
        try:
            with urllib.request.urlopen(base + path + sep + "lang=" + lang) as response:
                html = response.read().decode("utf-8")
        except Exception as e:
            failures.append(f"{path} ({lang}): {e}")
            continue
        pages += 1
        for link in re.findall(r'href="(/guide/(?:chapters|' + "|".join(kinds) + r')/[a-z0-9-]+)"', html):
            if (lang, link) not in seen:
                queue.append(link)
print(pages)
if failures:
    print("\n".join(failures[:20]), file=sys.stderr)
    sys.exit(1)
EOF
}

GUIDE=
LABEL="bundled guide"
if [ -n "$GUIDE_COPIES" ]; then
    [ -f "$ROOT/target/test-classes/app/runway/bench/LargeGuide.class" ] || {
        echo "measure-memory: GUIDE_COPIES needs target/test-classes (./mvnw -DskipTests package)" >&2; exit 1; }
    GUIDE="$WORK/guide"
    java -cp "$ROOT/target/test-classes:$ROOT/target/classes" app.runway.bench.LargeGuide \
        "$ROOT/src/main/resources/guide" "$GUIDE" "$GUIDE_COPIES" >/dev/null
    LABEL="guide of $GUIDE_COPIES copies"
fi

TINY="$WORK/tiny"
mkdir -p "$TINY/en" "$TINY/zh"
printf -- '---\nid: tiny\norder: 1\ntitle: Tiny\nsummary: A one-page guide.\n---\n\nOne paragraph.\n' >"$TINY/en/01-tiny.md"
printf -- '---\nid: tiny\norder: 1\ntitle: Tiny\nsummary: One page.\n---\n\nOne paragraph.\n' >"$TINY/zh/01-tiny.md"

start "$TINY"
base_heap=$(heap_used)
stop

start "$GUIDE"
started_heap=$(heap_used)
pages=$(crawl)
crawled_heap=$(heap_used)
rss=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
stop

awk -v label="$LABEL" -v heap="$MAX_HEAP" -v b="$base_heap" -v s="$started_heap" -v c="$crawled_heap" \
    -v p="$pages" -v rss="$rss" 'BEGIN {
    printf "%s, -Xmx%s: heap in use after a full GC\n", label, heap
    printf "  application with a one-chapter guide:        %7.1f MiB\n", b
    printf "  started with the %-26s %7.1f MiB   (snapshot: %.1f MiB)\n", label ":", s, s - b
    printf "  after reading all %5d pages once:         %7.1f MiB   (kept pages: %.1f MiB)\n", p, c, c - s
    printf "  resident memory of the process: %d MiB\n", rss
}'
