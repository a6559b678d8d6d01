#!/usr/bin/env bash
# Measures the README's first command: time from `./mvnw spring-boot:run` to a ready Pathway (readiness
# probe UP), cold (a new embedded database: initdb, migrations, demo ICS) and warm (the same database
# again), the heap used once ready, and the jar's size. Usage: bench/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18080}
dir=$(mktemp -d /tmp/pathway-bench-db.XXXX)
rm -rf "$dir"

wait_ready() {
  local start=$1
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; then
      echo $(( $(date +%s%N) / 1000000 - start ))
      return 0
    fi
    sleep 0.2
  done
  echo "never became ready" >&2
  return 1
}

run_once() {
  local label=$1 start pid ms heap
  start=$(( $(date +%s%N) / 1000000 ))
  ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --pathway.embedded-db.dir=$dir" \
    > "/tmp/pathway-bench-$label.log" 2>&1 &
  ms=$(wait_ready "$start")
  pid=$(pgrep -f "org.pathway.PathwayApplication" | head -1)
  sleep 2
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+')
  printf '%-5s start to ready: %6.1f s   heap used after start (after a full GC): %s MiB\n' \
    "$label" "$(awk -v ms="$ms" 'BEGIN{print ms/1000}')" "$(( ${heap:-0} / 1024 ))"
  kill "$pid"; wait || true
}

./mvnw -B -q -DskipTests package >/dev/null
run_once cold
run_once warm
printf 'jar size: %s MiB\n' "$(( $(stat -c %s target/pathway-*.jar | head -1) / 1024 / 1024 ))"
rm -rf "$dir"
