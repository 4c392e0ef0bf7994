#!/usr/bin/env bash
# Guide entry-page throughput of one Runway instance against two behind nginx, on loopback, in one run:
#
#   scripts/two-instances.sh scripts/bench-instances.sh
#
# two-instances.sh starts PostgreSQL, two instances and nginx, then runs this with their addresses. Three
# targets, each a guide entry page (a kept page: no database work per request):
#   one instance, directly                      RUNWAY_INSTANCE_URLS' first
#   nginx over the first instance only          RUNWAY_SINGLE_URL   (what the proxy hop costs)
#   nginx over both instances, in turn          RUNWAY_BALANCED_URL
# ROUNDS (3) interleaved rounds of `wrk -t2 -c32 -dDURATION --latency` per target, after a WARMUP run of
# each in round 1; prints req/s, p50, p99 per target and round, and the load average. On a 2-core machine
# the two instances, nginx and wrk share the same two cores: the sum is not expected to grow there.
set -euo pipefail

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
ROUNDS=${ROUNDS:-3}
PAGE=${PAGE:-/guide/risks/compute-cost}
read -r FIRST _ <<<"$RUNWAY_INSTANCE_URLS"

NAMES=("one instance" "nginx over one" "nginx over two")
URLS=("$FIRST$PAGE" "$RUNWAY_SINGLE_URL$PAGE" "$RUNWAY_BALANCED_URL$PAGE")
for url in "${URLS[@]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "bench-instances: $url does not answer 200" >&2; exit 1; }
done

echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "${URLS[@]}"; do
    wrk -t2 -c32 -d"$WARMUP" "$url" >/dev/null
done
echo "| round | target | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!URLS[@]}"; do
        out=$(wrk -t2 -c32 -d"$DURATION" --latency --timeout 10s "${URLS[$i]}")
        rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
        p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
        p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
        printf '| %d | %-15s | %10s | %8s | %8s |\n' "$round" "${NAMES[$i]}" "$rps" "$p50" "$p99"
    done
    echo "== load average after round $round: $(cut -d' ' -f1-3 /proc/loadavg)"
done
