#!/usr/bin/env bash
# Times the import of an outreach list of N rows (default 100,000) through the real HTTP endpoint, as a
# link worker, against a Pathway started here on a fresh embedded database with the demo ICS, or with
# DB=pathway_national on the national database (bench/national-db.sh), matching against its ~390,000 people.
# The log, the CSV and the embedded database go to the run's folder; the CSV and the database are removed at the end.
# Usage: [DB=name] bench/outreach-import.sh [rows] [port]   (port: default 18081 or the first free port above it)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_begin outreach-import
rows=${1:-100000}
port=$(bench_port "${2:-18081}")
log=$run_dir/app.log
csv=$run_dir/outreach.csv
cookies=$run_dir/cookies.txt
bench_files+=("$csv" "$cookies")
jar=$(ls target/pathway-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { ./mvnw -B -q -DskipTests package >/dev/null; jar=$(ls target/pathway-*.jar | head -1); }

python3 - "$rows" "$csv" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
given = ["Margaret","Peter","Jenna","Loveday","Morwenna","Ivor","Tamsin","Kerensa","Jory","Elowen","Bill","Ann"]
family = ["Trewin","Jago","Pascoe","Carne","Angove","Hosken","Tonkin","Penrose","Nance","Rowe","Opie","Mitchell"]
areas = ["TR1","TR2","TR14","TR15","PL1","PL4","EX1","EX4","TQ1","TQ2"]
def nhs(n):
    d = f"{n:09d}"
    s = sum(int(d[i]) * (10 - i) for i in range(9)); c = 11 - s % 11
    c = 0 if c == 11 else c
    return None if c == 10 else d + str(c)
with open(path, "w") as f:
    f.write("nhs_number,given_name,family_name,date_of_birth,postcode,phone,reason\n")
    n = 900000000; written = 0
    while written < rows:
        n += 1
        number = nhs(n)
        if number is None:
            continue
        f.write(f"{number},{random.choice(given)},{random.choice(family)}{written % 997},"
                f"{random.randint(1925,1965)}-{random.randint(1,12):02d}-{random.randint(1,28):02d},"
                f"{random.choice(areas)} {random.randint(1,9)}{random.choice('ABDEFGHJLNPQRSTUWXYZ')}{random.choice('ABDEFGHJLNPQRSTUWXYZ')},"
                f"01872 {random.randint(100000,999999)},Shielding\n")
        written += 1
PY
echo "CSV: $rows rows, $(( $(stat -c %s "$csv") / 1024 )) KiB"

if [ -n "${DB:-}" ]; then
  bench_cluster_up
  bench_start "$log" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" \
    SPRING_DATASOURCE_USERNAME=pathway_bench SPRING_DATASOURCE_PASSWORD=bench java -Xmx2g -jar "$jar" --server.port="$port"
else
  bench_embedded_db db
  bench_start "$log" java -Xmx2g -jar "$jar" --server.port="$port" --pathway.embedded-db.dir="$bench_db"
fi
app=$bench_pid
bench_wait_ready "$app" "$port" "$log" 900

token=$(curl -s -m 120 -c "$cookies" -b "$cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -m 120 -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=linkworker" \
  --data-urlencode "password=pathway-demo" --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in"
token=$(curl -s -m 120 -c "$cookies" -b "$cookies" "http://localhost:$port/outreach" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')

for run in first repeat; do
  start=$(date +%s%N)
  out=$(curl -s -c "$cookies" -b "$cookies" -F "_csrf=$token" -F "name=Bench $run" -F "file=@$csv;type=text/csv" \
    "http://localhost:$port/outreach")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  summary=$(echo "$out" | grep -oE '[0-9]+ welfare checks created from [0-9]+ rows' | head -1 || true)
  echo "$run import of $rows rows: ${ms} ms — ${summary:-no summary: see $log}"
done
