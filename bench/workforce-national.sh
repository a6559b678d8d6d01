#!/usr/bin/env bash
# Workforce at national size (bench/national-db.sh: 42 ICSs, ~3,500 practitioners with their training, supervision,
# equipment and pulses since 2020), topped up with two years of weekly time use (bench/sql/workforce-time-use.sql):
# the service manager's team page (/team) and the ICS lead's workforce view (/workforce), each for 20 users who
# pause about a second between pages (the target: p95 under 100 ms and 150 ms), then 20 connections without pauses
# (saturation). The pages' SQL is then timed by PostgreSQL itself: every statement one request of each page sends
# (parse, bind and execute, as the application sends them) is logged with its duration, over 20 requests made one at
# a time, and summed per request: page time over SQL time is the ratio to the same queries as raw SQL.
# The application's log, PostgreSQL's statement log and the output go to the run's folder (bench/lib.sh).
# Usage: bench/workforce-national.sh [seconds]     Needs: postgresql (15), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin workforce-national
seconds=${1:-30}
port=$(bench_port 18091)
db=pathway_national
log=$run_dir/app.log
bench_files+=("$run_dir/cookies-manager.txt" "$run_dir/cookies-icslead.txt")
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
bench_cluster_up
bench/national-db.sh
jar=$(ls target/pathway-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { ./mvnw -B -q -DskipTests package >/dev/null; jar=$(ls target/pathway-*.jar | head -1); }
psql_bench() { PGPASSWORD=bench psql -h localhost -U pathway_bench -d $db -v ON_ERROR_STOP=1 -q "$@"; }

bench_start "$log" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" \
  SPRING_DATASOURCE_USERNAME=pathway_bench SPRING_DATASOURCE_PASSWORD=bench java -Xmx2g -jar "$jar" --server.port="$port"
app=$bench_pid
bench_wait_ready "$app" "$port" "$log" 600
start=$(date +%s)
psql_bench -f bench/sql/workforce-time-use.sql
echo "time use topped up in $(( $(date +%s) - start )) s"
psql_bench -Atc "SELECT format('%s practitioners; %s weeks of time use, %s pulse answers, %s supervision sessions, %s training records, %s items of equipment',
  (SELECT count(*) FROM workforce.practitioner), (SELECT count(*) FROM workforce.time_use),
  (SELECT count(*) FROM workforce.pulse_response), (SELECT count(*) FROM workforce.supervision_session),
  (SELECT count(*) FROM workforce.training_record), (SELECT count(*) FROM workforce.equipment_provision))"
psql_bench -Atc "SELECT format('manager''s team: %s practitioners at %s; the ICS lead''s ICS: %s practitioners',
  (SELECT count(*) FROM workforce.practitioner p JOIN governance.user_account u ON u.organisation_id = p.employer_id
    WHERE u.username = 'manager'),
  (SELECT o.name FROM workforce.organisation o JOIN governance.user_account u ON u.organisation_id = o.id
    WHERE u.username = 'manager'),
  (WITH RECURSIVE within (id) AS (
     SELECT organisation_id FROM governance.user_account WHERE username = 'icslead'
     UNION ALL SELECT o.id FROM workforce.organisation o JOIN within w ON o.parent_id = w.id)
   SELECT count(*) FROM workforce.practitioner WHERE employer_id IN (SELECT id FROM within)))"

sign_in() { # USER: signs in, prints the session cookie
  local cookies=$run_dir/cookies-$1.txt token
  token=$(curl -s -m 120 -c "$cookies" -b "$cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -m 120 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$1" --data-urlencode password=pathway-demo \
    --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in"
  awk '$6 == "PATHWAY_SESSION" {print $7}' "$cookies"
}

pg_log=$(ls -t /var/log/postgresql/postgresql-15-main.log 2>/dev/null | head -1)
sql_per_request() { # SESSION PATH: the SQL time of each of 20 requests made one at a time, as PostgreSQL logged it
  local session=$1 path=$2 from i
  from=$(wc -l < "$pg_log")
  su postgres -c "psql -q -c 'ALTER SYSTEM SET log_min_duration_statement = 0' -c 'SELECT pg_reload_conf()'" >/dev/null
  sleep 1
  for i in $(seq 1 20); do
    su postgres -c "psql -q -c \"SELECT 'request $i'\"" >/dev/null # a marker between requests in the log
    curl -s -m 60 -o /dev/null -b "PATHWAY_SESSION=$session" "http://127.0.0.1:$port$path"
  done
  su postgres -c "psql -q -c 'ALTER SYSTEM RESET log_min_duration_statement' -c 'SELECT pg_reload_conf()'" >/dev/null
  tail -n +"$((from + 1))" "$pg_log" > "$run_dir/statements${path//\//-}.log"
  awk -v db="$db" '/SELECT .request [0-9]+./ { n++; next }
       /duration: [0-9.]+ ms/ && $0 ~ "pathway_bench@" db { match($0, /duration: [0-9.]+/); t[n] += substr($0, RSTART + 10, RLENGTH - 10); s[n]++ }
       END { for (i = 1; i <= 20; i++) print t[i] + 0, s[i] + 0 }' "$run_dir/statements${path//\//-}.log" | sort -n \
    | awk '{ t[NR] = $1; s[NR] = $2 } END { printf "SQL per request, as PostgreSQL timed it (parse, bind, execute), over %d requests: median %.1f ms in %d statements, p95 %.1f ms\n", NR, t[int(NR / 2) + 1], s[int(NR / 2) + 1], t[int(NR * 0.95)] }'
}

page() { # USER PATH TARGET
  local session
  session=$(sign_in "$1")
  echo
  echo "== $2 as $1 (target p95 < $3 ms)"
  curl -s -m 120 -o /dev/null -w "single request: %{http_code} in %{time_total}s\n" -b "PATHWAY_SESSION=$session" "http://localhost:$port$2"
  SESSION="$session" wrk -t2 -c20 -d15s -s bench/wrk/get.lua "http://127.0.0.1:$port$2" >/dev/null # warm-up (JIT)
  echo "-- 20 users who each pause about a second (0.5 to 1.5 s) between requests, $(( seconds * 2 ))s"
  THINK_MS=1000 SESSION="$session" wrk -t2 -c20 -d"$(( seconds * 2 ))s" -s bench/wrk/get.lua "http://127.0.0.1:$port$2"
  echo "-- saturation: 20 connections without pauses, ${seconds}s"
  SESSION="$session" wrk -t2 -c20 -d"${seconds}s" -s bench/wrk/get.lua "http://127.0.0.1:$port$2"
  echo "-- one request at a time, 20 requests"
  for _ in $(seq 1 20); do
    curl -s -m 60 -o /dev/null -w "%{time_total}\n" -b "PATHWAY_SESSION=$session" "http://127.0.0.1:$port$2"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "page alone: median %.1f ms, p95 %.1f ms\n", t[int(NR / 2) + 1], t[int(NR * 0.95)] }'
  sql_per_request "$session" "$2"
}

page manager /team 100
page icslead /workforce 150
