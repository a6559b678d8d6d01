#!/usr/bin/env bash
# Access at national volume, on the demo generator's national size (bench/national-db.sh: 42 ICSs, 6,300 GP
# practices, ~3,500 practitioners, about 2.6 million referrals over two years with their casework) in Debian's
# PostgreSQL 15, production mode. One triage queue is brought to 5,000 waiting (bench/sql/queue-5000.sql).
# Then, with wrk and 20 concurrent connections after a warm-up: the triage queue page, and staff referral
# submissions (a new person each time).
# The application's log and the output go to the run's folder (bench/lib.sh).
# Usage: bench/access-national.sh [seconds] [--fresh]     Needs: postgresql (15), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin access-national
seconds=${1:-30}
port=$(bench_port 18082)
db=pathway_national
log=$run_dir/app.log
cookies=$run_dir/cookies.txt
bench_files+=("$cookies")
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
bench_cluster_up
bench/national-db.sh ${2:-}
jar=$(ls target/pathway-*.jar | head -1)
psql_bench() { PGPASSWORD=bench psql -h localhost -U pathway_bench -d $db -v ON_ERROR_STOP=1 -q "$@"; }

bench_start "$log" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" \
  SPRING_DATASOURCE_USERNAME=pathway_bench SPRING_DATASOURCE_PASSWORD=bench java -Xmx2g -jar "$jar" --server.port="$port"
app=$bench_pid
bench_wait_ready "$app" "$port" "$log" 300

queue_service=$(psql_bench -Atc "
  SELECT ps.service_id FROM workforce.practitioner p JOIN workforce.practitioner_service ps ON ps.practitioner_id = p.id
  JOIN governance.user_account u ON u.id = p.user_account_id WHERE u.username = 'linkworker' ORDER BY ps.service_id LIMIT 1")
psql_bench -v queue="$queue_service" -f bench/sql/queue-5000.sql

token=$(curl -s -m 120 -c "$cookies" -b "$cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -m 120 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=linkworker --data-urlencode password=pathway-demo \
  --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in"
session=$(awk '$6 == "PATHWAY_SESSION" {print $7}' "$cookies")
echo "signed in as linkworker (session ${session:0:8}...)"
form=$(curl -s -m 120 -b "$cookies" "http://localhost:$port/referrals/new")
token=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
practice=$(psql_bench -Atc "SELECT sa.organisation_id FROM workforce.service_area sa JOIN workforce.organisation o ON o.id = sa.organisation_id WHERE o.kind = 'GP_PRACTICE' LIMIT 1")
[ -n "$practice" ] || practice=$(psql_bench -Atc "SELECT id FROM workforce.organisation WHERE kind = 'GP_PRACTICE' LIMIT 1")

echo
echo "== Triage queue of service $queue_service ($(psql_bench -Atc "SELECT count(*) FROM access.referral WHERE service_id = '$queue_service' AND status IN ('RECEIVED','WAITLISTED')") waiting; $(psql_bench -Atc 'SELECT count(*) FROM access.referral') referrals in all), 20 connections without pauses, ${seconds}s"
curl -s -m 120 -o /dev/null -w "single request: %{http_code} in %{time_total}s\n" -b "$cookies" "http://localhost:$port/triage/services/$queue_service"
SESSION="$session" wrk -t2 -c20 -d15s -s bench/wrk/get.lua "http://127.0.0.1:$port/triage/services/$queue_service" >/dev/null # warm-up (JIT)
SESSION="$session" wrk -t2 -c20 -d"${seconds}s" -s bench/wrk/get.lua "http://127.0.0.1:$port/triage/services/$queue_service"
echo "-- the same as 20 users who each pause about a second (0.5 to 1.5 s) between requests, $(( seconds * 2 ))s"
THINK_MS=1000 SESSION="$session" wrk -t2 -c20 -d"$(( seconds * 2 ))s" -s bench/wrk/get.lua "http://127.0.0.1:$port/triage/services/$queue_service"

echo
echo "== Staff referral submission (POST /referrals/new, a new person each time), 20 connections without pauses, ${seconds}s"
SESSION="$session" CSRF="$token" PRACTICE="$practice" wrk -t2 -c20 -d15s -s bench/wrk/refer.lua \
  "http://127.0.0.1:$port/referrals/new" >/dev/null # warm-up (JIT)
SESSION="$session" CSRF="$token" PRACTICE="$practice" wrk -t2 -c20 -d"${seconds}s" -s bench/wrk/refer.lua \
  "http://127.0.0.1:$port/referrals/new"
echo "-- the same as 20 users who each pause about a second (0.5 to 1.5 s) between requests, $(( seconds * 2 ))s"
THINK_MS=1000 SESSION="$session" CSRF="$token" PRACTICE="$practice" wrk -t2 -c20 -d"$(( seconds * 2 ))s" -s bench/wrk/refer.lua \
  "http://127.0.0.1:$port/referrals/new"
echo "referrals now: $(psql_bench -Atc 'SELECT count(*) FROM access.referral')"
