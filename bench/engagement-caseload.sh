#!/usr/bin/env bash
# Engagement: the link worker's caseload page and recording a contact, with wrk and 20 concurrent connections,
# on Debian's PostgreSQL 15 (production mode). The demo ICS loads first (two years of referrals and casework at
# scale 1.0); the demo link worker's caseload is then topped up to [cases] open cases and [contacts] more contacts
# are spread over every case (24000000 is the national two years: the lead's run). The same caseload query is
# timed as raw SQL for the ratio of page to query: prepared once with bound parameters, as the application's
# JdbcClient sends it (bench/sql/engagement-caseload-query.sql), executed 50 times under psql's \timing, then
# EXPLAIN ANALYZE of one more execution (the plan the prepared statement settled on).
# With DB=pathway_national (made by bench/national-db.sh: 42 ICSs, ~12.6 million contacts from the generator) the
# national database is used as it is instead of a fresh demo ICS; [contacts] then tops it up (11400000 → ~24 M).
# The application's log, the output and the query's timings and plan go to the run's folder (bench/lib.sh).
# Usage: [DB=name] bench/engagement-caseload.sh [cases] [contacts] [seconds]     Needs: postgresql (15), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin engagement-caseload
cases=${1:-250}
contacts=${2:-0}
seconds=${3:-30}
port=$(bench_port 18083)
db=${DB:-pathway_bench_engagement}
log=$run_dir/app.log
cookies=$run_dir/cookies.txt
bench_files+=("$cookies")
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
bench_cluster_up
[ -n "${DB:-}" ] || su postgres -c "psql -q" >/dev/null 2>&1 <<SQL
DROP DATABASE IF EXISTS $db;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pathway_bench') THEN CREATE ROLE pathway_bench LOGIN; END IF;
END \$\$;
ALTER ROLE pathway_bench PASSWORD 'bench';
CREATE DATABASE $db OWNER pathway_bench;
SQL
jar=$(ls target/pathway-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { ./mvnw -B -q -DskipTests package >/dev/null; jar=$(ls target/pathway-*.jar | head -1); }

bench_start "$log" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" \
  SPRING_DATASOURCE_USERNAME=pathway_bench SPRING_DATASOURCE_PASSWORD=bench java -Xmx2g -jar "$jar" \
  --server.port="$port" --pathway.demo-data=true
app=$bench_pid
psql_bench() { PGPASSWORD=bench psql -h localhost -U pathway_bench -d $db -v ON_ERROR_STOP=1 -q "$@"; }
for _ in $(seq 1 600); do
  [ "$(psql_bench -Atc "SELECT count(*) FROM platform.demo_dataset" 2>/dev/null || echo 0)" = "1" ] && break
  bench_alive "$app" || { echo "the application stopped: see $log"; tail -30 "$log"; exit 1; }
  sleep 1
done
bench_wait_ready "$app" "$port" "$log" 300
{ grep -E "Demo (access activity|casework) loaded" "$log" || true; } | sed 's/.*DemoDataLoader *: //'

practitioner=$(psql_bench -Atc "SELECT p.id FROM workforce.practitioner p JOIN governance.user_account u
  ON u.id = p.user_account_id WHERE u.username = 'linkworker'")
start=$(date +%s)
psql_bench -v practitioner="$practitioner" -v cases="$cases" -v contacts="$contacts" -f bench/sql/engagement-caseload.sql
echo "topped up in $(( $(date +%s) - start )) s: $(psql_bench -Atc "SELECT count(*) FROM engagement.case_episode WHERE practitioner_id = '$practitioner' AND status = 'OPEN'") open cases for linkworker, $(psql_bench -Atc 'SELECT count(*) FROM engagement.case_episode') cases, $(psql_bench -Atc 'SELECT count(*) FROM engagement.contact') contacts"

token=$(curl -s -m 120 -c "$cookies" -b "$cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -m 120 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=linkworker --data-urlencode password=pathway-demo \
  --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in"
session=$(awk '$6 == "PATHWAY_SESSION" {print $7}' "$cookies")
open_cases=$(psql_bench -Atc "SELECT string_agg(id::text, ',') FROM (SELECT id FROM engagement.case_episode
  WHERE practitioner_id = '$practitioner' AND status = 'OPEN' AND session_cap IS NULL ORDER BY id LIMIT 100) x")
first_case=${open_cases%%,*}
token=$(curl -s -m 120 -b "$cookies" "http://localhost:$port/cases/$first_case/contacts" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')

echo
echo "== Caseload page (GET /caseload as linkworker), 20 connections without pauses, ${seconds}s"
curl -s -m 120 -o /dev/null -w "single request: %{http_code} in %{time_total}s\n" -b "$cookies" "http://localhost:$port/caseload"
SESSION="$session" wrk -t2 -c20 -d15s -s bench/wrk/get.lua "http://127.0.0.1:$port/caseload" >/dev/null # warm-up (JIT)
SESSION="$session" wrk -t2 -c20 -d"${seconds}s" -s bench/wrk/get.lua "http://127.0.0.1:$port/caseload"
echo "-- the same as 20 users who each pause about a second (0.5 to 1.5 s) between requests, $(( seconds * 2 ))s"
THINK_MS=1000 SESSION="$session" wrk -t2 -c20 -d"$(( seconds * 2 ))s" -s bench/wrk/get.lua "http://127.0.0.1:$port/caseload"

echo
echo "== Recording a contact (POST /cases/{id}/contacts on 100 open cases), 20 connections without pauses, ${seconds}s"
SESSION="$session" CSRF="$token" CASES="$open_cases" TODAY=$(TZ=Europe/London date +%F) wrk -t2 -c20 -d15s -s bench/wrk/contact.lua \
  "http://127.0.0.1:$port" >/dev/null # warm-up (JIT)
SESSION="$session" CSRF="$token" CASES="$open_cases" TODAY=$(TZ=Europe/London date +%F) wrk -t2 -c20 -d"${seconds}s" \
  -s bench/wrk/contact.lua "http://127.0.0.1:$port"
echo "-- the same as 20 users who each pause about a second (0.5 to 1.5 s) between requests, $(( seconds * 2 ))s"
THINK_MS=1000 SESSION="$session" CSRF="$token" CASES="$open_cases" TODAY=$(TZ=Europe/London date +%F) wrk -t2 -c20 -d"$(( seconds * 2 ))s" \
  -s bench/wrk/contact.lua "http://127.0.0.1:$port"

echo
echo "== The caseload query as raw SQL: a prepared statement, its parameters bound as the application binds them"
query_log=$run_dir/caseload-query.txt
{ cat bench/sql/engagement-caseload-query.sql
  echo '\o /dev/null'
  echo '\timing on'
  for _ in $(seq 1 50); do echo "EXECUTE caseload(:'practitioner', 25, 0);"; done
  echo '\timing off'
  echo '\o'
  echo "EXPLAIN (ANALYZE, BUFFERS) EXECUTE caseload(:'practitioner', 25, 0);"
  echo "SELECT format('plans: %s generic, %s custom', generic_plans, custom_plans) FROM pg_prepared_statements"
  echo "  WHERE name = 'caseload';"
} | psql_bench -At -v practitioner="$practitioner" > "$query_log" 2>&1
grep -E "Execution Time|Planning Time|Index|Sort Method|^plans:" "$query_log" || true
{ grep -oE "^Time: [0-9.]+ ms" "$query_log" || true; } | awk '{print $2}' | sort -n \
  | awk '{t[NR]=$1} END { if (NR) printf "psql \\timing over %d executions: median %.2f ms, p95 %.2f ms\n", NR, t[int(NR/2)+1], t[int(NR*0.95)] }'
