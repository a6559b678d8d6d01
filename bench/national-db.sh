#!/usr/bin/env bash
# Makes the national benchmark database once: Debian's PostgreSQL 15 database `pathway_national`, loaded by the
# demo generator at its national size (42 ICSs: 6,300 GP practices, 1,302 PCNs, ~3,500 practitioners; two years
# of referrals, about 2.6 million, with their casework, outcomes and ~100,000 directory listings).
# Kept between runs; `--fresh` drops and reloads it. Prints what it holds and, when it loads, how long it took.
# The loader's log goes to the run's folder (bench/lib.sh), inside the caller's when another script runs this one.
# Usage: bench/national-db.sh [--fresh]     Needs: postgresql (15).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin national-db
db=pathway_national
port=$(bench_port 18089)
bench_cluster_up
su postgres -c "psql -q" >/dev/null 2>&1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pathway_bench') THEN CREATE ROLE pathway_bench LOGIN; END IF;
END \$\$;
ALTER ROLE pathway_bench PASSWORD 'bench';
SQL
psql_bench() { PGPASSWORD=bench psql -h localhost -U pathway_bench -d $db -v ON_ERROR_STOP=1 -q "$@"; }
if [ "${1:-}" = "--fresh" ]; then su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $db'"; fi
if ! su postgres -c "psql -Atc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1; then
  su postgres -c "psql -q -c 'CREATE DATABASE $db OWNER pathway_bench'"
fi
loaded=$(psql_bench -Atc "SELECT count(*) FROM platform.demo_dataset" 2>/dev/null || echo 0)
if [ "$loaded" != "1" ]; then
  jar=$(ls target/pathway-*.jar 2>/dev/null | head -1)
  [ -n "$jar" ] || { ./mvnw -B -q -DskipTests package >/dev/null; jar=$(ls target/pathway-*.jar | head -1); }
  echo "Loading the national demo into $db (42 ICSs, one transaction each) ..."
  start=$(date +%s)
  log=$run_dir/load.log
  bench_start "$log" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" \
    SPRING_DATASOURCE_USERNAME=pathway_bench SPRING_DATASOURCE_PASSWORD=bench java -Xmx3g -jar "$jar" \
    --server.port="$port" --pathway.demo-data=true --pathway.demo.size=national
  app=$bench_pid
  until [ "$(psql_bench -Atc "SELECT count(*) FROM platform.demo_dataset" 2>/dev/null || echo 0)" = "1" ]; do
    bench_alive "$app" || { echo "the load failed: see $log"; exit 1; }
    sleep 5
  done
  echo "loaded in $(( $(date +%s) - start )) s (see $log for each ICS)"
  bench_stop "$app"
  psql_bench -c "ANALYZE"
fi
psql_bench -Atc "SELECT format('%s ICSs, %s GP practices, %s practitioners, %s services; %s people, %s referrals; %s cases, %s contacts; %s listings',
  (SELECT count(*) FROM workforce.organisation WHERE kind = 'ICS'),
  (SELECT count(*) FROM workforce.organisation WHERE kind = 'GP_PRACTICE'),
  (SELECT count(*) FROM workforce.practitioner), (SELECT count(*) FROM workforce.service),
  (SELECT count(*) FROM people.person), (SELECT count(*) FROM access.referral),
  (SELECT count(*) FROM engagement.case_episode), (SELECT count(*) FROM engagement.contact),
  (SELECT count(*) FROM activities.listing))"
