#!/usr/bin/env bash
# Time from launch to the first served page, for the app and, as the baseline, the smallest Spring Boot web app
# (bench/minimal: one controller, same Boot version) in the same run: the plain jar; the extracted jar with a
# class-data-sharing archive on the default JDK; and the extracted jar on JDK 25, plain and with an AOT cache
# (JEP 483/514); then both apps with Spring AOT (-Dspring.aot.enabled=true; both jars are built with process-aot),
# alone and with a JDK 25 AOT cache recorded the same way.
# Archives and caches come from a training run that starts the context and exits. Needs curl; JAVA25
# points at JDK 25 or newer. ROUNDS (default 3) runs of each; the table gives the median.
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

ROUNDS="${ROUNDS:-3}"
./mvnw -q -f bench/minimal/pom.xml -DskipTests package > "$work/minimal-build.log" 2>&1 || { cat "$work/minimal-build.log"; exit 1; }
minimal=$(ls bench/minimal/target/minimal-web-*.jar | grep -v plain | head -1)

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
rounds() { for _ in $(seq "$ROUNDS"); do first_page_ms "$@"; done | median; }

prepare() { # jar name -> extracted jar in $work/name, with app.jsa and app.aot beside it
  "$JAVA25" -Djarmode=tools -jar "$1" extract --destination "$work/$2" > /dev/null
  local extracted="$work/$2/$(basename "$1")"
  (cd "$work/$2" && "$JAVA" $HEAP -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$extracted" \
    > "$work/$2-train-cds.log" 2>&1)
  (cd "$work/$2" && "$JAVA25" $HEAP -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$extracted" \
    > "$work/$2-train.log" 2>&1)
  (cd "$work/$2" && "$JAVA25" $HEAP -XX:AOTCacheOutput=spring-aot.aot -Dspring.aot.enabled=true \
    -Dspring.context.exit=onRefresh -jar "$extracted" > "$work/$2-train-spring-aot.log" 2>&1)
  echo "$extracted"
}

app_x=$(prepare "$jar" app)
min_x=$(prepare "$minimal" minimal)

row() { # label, app ms, minimal ms
  echo "| $1 | $2 ms | $3 ms | $(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.1f", a / b }')x |"
}

echo "| How it is launched | App | Minimal web app | App / minimal |"
echo "| --- | --- | --- | --- |"
row "\`$JAVA $HEAP -jar\` ($("$JAVA" -version 2>&1 | head -1))" \
  "$(rounds "$JAVA" $HEAP -jar "$jar")" "$(rounds "$JAVA" $HEAP -jar "$minimal")"
row "\`$JAVA $HEAP -XX:SharedArchiveFile=app.jsa -jar\`, extracted jar" \
  "$(cd "$work/app" && rounds "$JAVA" $HEAP -XX:SharedArchiveFile=app.jsa -jar "$app_x")" \
  "$(cd "$work/minimal" && rounds "$JAVA" $HEAP -XX:SharedArchiveFile=app.jsa -jar "$min_x")"
row "\`java $HEAP -jar\`, JDK 25, extracted jar" \
  "$(rounds "$JAVA25" $HEAP -jar "$app_x")" "$(rounds "$JAVA25" $HEAP -jar "$min_x")"
row "\`java $HEAP -XX:AOTCache=app.aot -jar\`, JDK 25, extracted jar" \
  "$(cd "$work/app" && rounds "$JAVA25" $HEAP -XX:AOTCache=app.aot -jar "$app_x")" \
  "$(cd "$work/minimal" && rounds "$JAVA25" $HEAP -XX:AOTCache=app.aot -jar "$min_x")"
row "\`$JAVA $HEAP -Dspring.aot.enabled=true -jar\`" \
  "$(rounds "$JAVA" $HEAP -Dspring.aot.enabled=true -jar "$jar")" \
  "$(rounds "$JAVA" $HEAP -Dspring.aot.enabled=true -jar "$minimal")"
row "\`java $HEAP -XX:AOTCache=spring-aot.aot -Dspring.aot.enabled=true -jar\`, JDK 25, extracted jar" \
  "$(cd "$work/app" && rounds "$JAVA25" $HEAP -XX:AOTCache=spring-aot.aot -Dspring.aot.enabled=true -jar "$app_x")" \
  "$(cd "$work/minimal" && rounds "$JAVA25" $HEAP -XX:AOTCache=spring-aot.aot -Dspring.aot.enabled=true -jar "$min_x")"
