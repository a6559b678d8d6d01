#!/usr/bin/env bash
# Measures the README's first command: time from `./mvnw spring-boot:run` to a ready Pathway (readiness
# probe UP), cold (a new embedded database: initdb, migrations, demo ICS) and warm (the same database
# again), the heap used once ready, and the jar's size. The database lives in the run's folder and is removed
# at the end; the logs stay there (bench/lib.sh). Usage: bench/startup.sh [port]   (default: 18080 or the
# first free port above it)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin startup
port=$(bench_port "${1:-18080}")
bench_embedded_db db

run_once() {
  local label=$1 start mvn app="" ms heap p
  start=$(( $(date +%s%N) / 1000000 ))
  bench_start "$run_dir/$label.log" ./mvnw -B -q spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$port --pathway.embedded-db.dir=$bench_db"
  mvn=$bench_pid
  bench_wait_ready "$mvn" "$port" "$run_dir/$label.log" 900
  ms=$(( $(date +%s%N) / 1000000 - start ))
  # The application's JVM is the one Maven started (spring-boot:run forks it).
  for p in $(bench_tree "$mvn"); do
    if grep -qa org.pathway.PathwayApplication "/proc/$p/cmdline" 2>/dev/null; then app=$p; break; fi
  done
  [ -n "$app" ] || { echo "no application JVM under Maven's process $mvn" >&2; return 1; }
  sleep 2
  jcmd "$app" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$app" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+' || true)
  printf '%-5s start to ready: %6.1f s   heap used after start (after a full GC): %s MiB\n' \
    "$label" "$(awk -v ms="$ms" 'BEGIN{print ms/1000}')" "$(( ${heap:-0} / 1024 ))"
  bench_stop "$mvn"
}

echo "port $port"
./mvnw -B -q -DskipTests package > "$run_dir/package.log" 2>&1 || { tail -30 "$run_dir/package.log"; exit 1; }
run_once cold
run_once warm
printf 'jar size: %s MiB\n' "$(( $(stat -c %s target/pathway-*.jar | head -1) / 1024 / 1024 ))"
