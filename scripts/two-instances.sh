#!/usr/bin/env bash
# Runway as two identical instances on one PostgreSQL behind nginx, on this machine, to try what a load
# balancer in front of several instances does: sign in on one, go on on the other; reload the guide on
# one and watch the other take it (Admin > Guide lists both instances and the revision each serves).
#
#   scripts/two-instances.sh            # then open http://127.0.0.1:8080 ; Ctrl-C stops everything
#   scripts/two-instances.sh COMMAND... # starts all, runs the command, stops all (scripts/bench-instances.sh)
#
# Starts, all on 127.0.0.1 and all in a temporary folder that is removed at the end:
#   - a PostgreSQL server from Debian's packages (apt-get install postgresql), a fresh cluster with a
#     database "runway" (as root, the server runs as the "postgres" user, which the package creates);
#   - two instances of the packaged jar (built with ./mvnw -DskipTests package if missing) with the
#     postgres profile, on ports INSTANCE_PORTS, each with -Xmx256m;
#   - nginx (Debian's package) on PORT, sending requests to both in turn and passing the client's address
#     in X-Forwarded-For (the instances trust 127.0.0.1 as their proxy).
# The first admin's password is ADMIN_PASSWORD (printed at the start). Ctrl-C stops them all.
# With a COMMAND, it is run once everything answers, with RUNWAY_BALANCED_URL (nginx over both instances),
# RUNWAY_SINGLE_URL (the same nginx over the first instance only, on SINGLE_PORT) and RUNWAY_INSTANCE_URLS
# (each instance directly) in its environment; its exit status is the script's.
#
# Settings (environment): PORT=8080, INSTANCE_PORTS="8081 8082", PG_PORT=15432, SINGLE_PORT=8090,
# ADMIN_PASSWORD=Two-instances-1, RUNWAY_GUIDE_LOCATION (a guide folder both instances read; default:
# the bundled guide), RUNWAY_JAR.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-8080}
INSTANCE_PORTS=${INSTANCE_PORTS:-"8081 8082"}
PG_PORT=${PG_PORT:-15432}
SINGLE_PORT=${SINGLE_PORT:-8090}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Two-instances-1}

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/postgres" ] || {
    echo "two-instances: PostgreSQL's server is needed: apt-get install postgresql" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "two-instances: nginx is needed: apt-get install nginx-light" >&2; exit 1; }
command -v curl >/dev/null || { echo "two-instances: curl is needed" >&2; exit 1; }

JAR=${RUNWAY_JAR:-$(ls "$ROOT"/target/runway-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
if [ -z "$JAR" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/runway-*.jar | grep -v '\.original$' | head -n 1)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/two-instances.XXXXXX")
chmod 755 "$WORK"
PIDS=()
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    echo
    echo "== stopping"
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -d "$WORK/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U runway --auth=trust -E UTF8 >"$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
    -o "-p $PG_PORT -h 127.0.0.1 -k $WORK/pg" start >/dev/null
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U runway runway

UPSTREAM=
for port in $INSTANCE_PORTS; do
    echo "== Runway instance on 127.0.0.1:$port (log: $WORK/runway-$port.log)"
    (cd "$WORK" && SPRING_PROFILES_ACTIVE=postgres RUNWAY_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/runway" \
        RUNWAY_DB_USER=runway RUNWAY_DB_PASSWORD= RUNWAY_ACCOUNT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        exec java -Xmx256m -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
        --runway.protection.trusted-proxies=127.0.0.1 --runway.public-url="http://127.0.0.1:$PORT" \
        >"$WORK/runway-$port.log" 2>&1) &
    PIDS+=($!)
    UPSTREAM="$UPSTREAM        server 127.0.0.1:$port;\n"
done

cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/body;
    proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi;
    scgi_temp_path $WORK/scgi;
    upstream runway {
$(printf "$UPSTREAM")        keepalive 32;
    }
    upstream first {
        server 127.0.0.1:${INSTANCE_PORTS%% *};
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$PORT;
        client_max_body_size 2m;
        location / {
            proxy_pass http://runway;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
    server {
        listen 127.0.0.1:$SINGLE_PORT;
        location / {
            proxy_pass http://first;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF

for port in $INSTANCE_PORTS; do
    until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        for pid in "${PIDS[@]}"; do
            kill -0 "$pid" 2>/dev/null || { echo "two-instances: an instance stopped:" >&2; tail -n 30 "$WORK"/runway-*.log >&2; exit 1; }
        done
        sleep 1
    done
done
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"

if [ $# -gt 0 ]; then
    RUNWAY_BALANCED_URL="http://127.0.0.1:$PORT" RUNWAY_SINGLE_URL="http://127.0.0.1:$SINGLE_PORT" \
        RUNWAY_INSTANCE_URLS="$(for port in $INSTANCE_PORTS; do printf 'http://127.0.0.1:%s ' "$port"; done)" "$@"
    exit $?
fi

echo
echo "Runway is at http://127.0.0.1:$PORT (two instances: $INSTANCE_PORTS; PostgreSQL on $PG_PORT)"
echo "Sign in as admin@runway.local with the password $ADMIN_PASSWORD"
echo "Health of each: curl http://127.0.0.1:<instance port>/actuator/health"
echo "Ctrl-C stops everything."
wait "${PIDS[@]}"
