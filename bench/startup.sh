#!/usr/bin/env bash
# Time from launch to the first served page: the plain jar; the extracted jar with a class-data-sharing archive on
# the default JDK; and the extracted jar on JDK 25, plain and with an AOT cache (JEP 483/514). The archive and the
# cache are made by a training run that starts the context and exits. Needs curl; JAVA25 points at JDK 25 or newer.
# Usage: bench/startup.sh   (from the repository root, after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18085
HEAP="${HEAP:--Xmx128m}"
JAVA="${JAVA:-java}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
jar=$(ls target/mbc-options-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

first_page_ms() { # command... -> milliseconds from launch to the first 200 on /
  local start pid
  start=$(date +%s%N)
  "$@" --server.port=$PORT > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

"$JAVA25" -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
extracted="$work/app/$(basename "$jar")"
# Training runs: start the context, record the classes loaded (and, on JDK 25, linked), and exit.
(cd "$work/app" && "$JAVA" $HEAP -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$extracted" \
  > "$work/train-cds.log" 2>&1)
(cd "$work/app" && "$JAVA25" $HEAP -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$extracted" \
  > "$work/train.log" 2>&1)

echo "| How it is launched | Launch to first page |"
echo "| --- | --- |"
echo "| \`$JAVA $HEAP -jar\` ($("$JAVA" -version 2>&1 | head -1)) | $(first_page_ms "$JAVA" $HEAP -jar "$jar") ms |"
echo "| \`$JAVA $HEAP -XX:SharedArchiveFile=app.jsa -jar\`, extracted jar | $(cd "$work/app" && first_page_ms "$JAVA" $HEAP -XX:SharedArchiveFile=app.jsa -jar "$extracted") ms |"
echo "| \`java $HEAP -jar\`, JDK 25, extracted jar | $(first_page_ms "$JAVA25" $HEAP -jar "$extracted") ms |"
echo "| \`java $HEAP -XX:AOTCache=app.aot -jar\`, JDK 25, extracted jar | $(cd "$work/app" && first_page_ms "$JAVA25" $HEAP -XX:AOTCache=app.aot -jar "$extracted") ms |"
