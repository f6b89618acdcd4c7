#!/usr/bin/env bash
# Throughput and latency of the app against nginx serving the same bytes as static files, and the time from
# launch to the first served page. Needs Debian's wrk, nginx and curl (apt-get install -y wrk nginx curl).
# Usage: bench/wrk.sh [seconds per run, default 20]   (from the repository root; builds the jar first)
# Prints a Markdown table; docs/benchmarks.md records the latest results and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-20}"
CONNECTIONS=32
THREADS=2
APP_PORT=18080
NGINX_PORT=18081
HEAP="${HEAP:--Xmx128m}"
JAVA="${JAVA:-java}"
EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-}"

# The three answers the issue names: a typical results page, a therapy page and the JSON API.
declare -A PATHS=(
  [results]="/options?hr=positive&her2=low&biomarker=ESR1&menopause=post"
  [therapy]="/therapies/trastuzumab-deruxtecan"
  [api]="/api/options?hr=positive&her2=low&biomarker=ESR1&menopause=post"
)
declare -A TYPES=([results]="text/html" [therapy]="text/html" [api]="application/json")

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/mbc-options-*.jar | grep -v plain | head -1)

# Time from launch to the first page served, in milliseconds.
start=$(date +%s%N)
# shellcheck disable=SC2086
"$JAVA" $HEAP $EXTRA_JAVA_OPTS -jar "$jar" --server.port=$APP_PORT > "$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.02
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# nginx serves the very bytes the app sends, from files, with the same content types.
mkdir -p "$work/www"
for name in "${!PATHS[@]}"; do
  curl -sf "http://127.0.0.1:$APP_PORT${PATHS[$name]}" > "$work/www/$name"
  gzip -k -6 "$work/www/$name"   # for browsers: nginx serves the .gz copy as it is (gzip_static)
done
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location = /results { types { } default_type text/html; }
    location = /therapy { types { } default_type text/html; }
    location = /api { types { } default_type application/json; }
  }
}
CONF
nginx -c "$work/nginx.conf"

run() { # url [wrk options] -> "requests/s p99 errors"
  local out
  out=$(wrk -t$THREADS -c$CONNECTIONS -d"${DURATION}s" --latency "${@:2}" "$1")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<< "$out" | tr '\n' ' ')
  echo "$rps|$p99|${errors:-none}"
}

# Warm-up: the JIT compiles the hot paths and the render cache fills.
for name in "${!PATHS[@]}"; do
  wrk -t$THREADS -c$CONNECTIONS -d10s "http://127.0.0.1:$APP_PORT${PATHS[$name]}" > /dev/null
done

echo "| Answer | App requests/s | App p99 | App errors | nginx requests/s | nginx p99 | App / nginx |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for name in results therapy api; do
  IFS='|' read -r app_rps app_p99 app_err <<< "$(run "http://127.0.0.1:$APP_PORT${PATHS[$name]}")"
  IFS='|' read -r ngx_rps ngx_p99 _ <<< "$(run "http://127.0.0.1:$NGINX_PORT/$name")"
  ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.0f%%", 100 * a / n }')
  echo "| \`${PATHS[$name]}\` | $app_rps | $app_p99 | $app_err | $ngx_rps | $ngx_p99 | $ratio |"
done
# As a browser asks: gzip accepted. Both sides send a copy compressed once.
for name in results therapy api; do
  IFS='|' read -r app_rps app_p99 app_err <<< "$(run "http://127.0.0.1:$APP_PORT${PATHS[$name]}" -H 'Accept-Encoding: gzip')"
  IFS='|' read -r ngx_rps ngx_p99 _ <<< "$(run "http://127.0.0.1:$NGINX_PORT/$name" -H 'Accept-Encoding: gzip')"
  ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.0f%%", 100 * a / n }')
  echo "| \`${PATHS[$name]}\`, gzip | $app_rps | $app_p99 | $app_err | $ngx_rps | $ngx_p99 | $ratio |"
done
echo
echo "Launch to first page: ${startup_ms} ms (heap: $HEAP, options: ${EXTRA_JAVA_OPTS:-none}, java: $("$JAVA" -version 2>&1 | head -1))"
echo "Resident memory of the app after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/$app_pid/status) / 1024 )) MiB"
