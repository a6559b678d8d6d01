#!/usr/bin/env bash
# Times the import of an outreach list of N rows (default 100,000) through the real HTTP endpoint, as a
# link worker, against a Pathway started here on a fresh embedded database with the demo ICS, or with
# DB=pathway_national on the national database (bench/national-db.sh), matching against its ~390,000 people.
# Usage: [DB=name] bench/outreach-import.sh [rows] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
port=${2:-18081}
dir=$(mktemp -d /tmp/pathway-bench-db.XXXX); rm -rf "$dir"
csv=$(mktemp /tmp/outreach-XXXX.csv)
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
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=pathway_bench \
  SPRING_DATASOURCE_PASSWORD=bench java -Xmx2g -jar "$jar" --server.port="$port" > /tmp/pathway-bench-import.log 2>&1 &
else
  java -Xmx2g -jar "$jar" --server.port="$port" --pathway.embedded-db.dir="$dir" > /tmp/pathway-bench-import.log 2>&1 &
fi
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$dir" "$csv"' EXIT
for _ in $(seq 1 300); do curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done

jar_cookies=$(mktemp)
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=linkworker" \
  --data-urlencode "password=pathway-demo" --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in"
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/outreach" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')

for run in first repeat; do
  start=$(date +%s%N)
  out=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -F "_csrf=$token" -F "name=Bench $run" -F "file=@$csv;type=text/csv" \
    "http://localhost:$port/outreach")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  summary=$(echo "$out" | grep -oE '[0-9]+ welfare checks created from [0-9]+ rows' | head -1)
  echo "$run import of $rows rows: ${ms} ms — ${summary:-no summary: see /tmp/pathway-bench-import.log}"
done
rm -f "$jar_cookies"
