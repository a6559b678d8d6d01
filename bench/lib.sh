# Sourced by the bench scripts, from the project's root. A run keeps to itself on a machine others share:
# - its logs, its output (a copy of what it prints, output.txt) and its working files go to a folder of its own,
#   bench/runs/<script>-<date>-<time>/ (git-ignored), printed at the start and at the end;
# - it stops, when it ends (finished, failed or interrupted), exactly what it started: the processes it launched
#   (their pids kept from $!) and those processes' own children, an embedded PostgreSQL left running on a data
#   directory of the run's own, and Debian's PostgreSQL cluster if it was down and the run started it (left running,
#   with a word, when other sessions are using it by then). Nothing is looked up by name.
# A script run by another (access-national.sh runs national-db.sh) makes its folder inside its caller's.

bench_pids=()      # processes started by bench_start, stopped at the end
bench_pg_dirs=()   # embedded PostgreSQL data directories of this run, removed at the end
bench_files=()     # working files of the run, removed at the end
bench_cluster=""   # set when this run started Debian's PostgreSQL 15 cluster

# bench_begin NAME: the run's folder ($run_dir, absolute), a copy of everything printed in $run_dir/output.txt, and the
# traps that clean up.
bench_begin() {
  local parent=${BENCH_RUN_DIR:-bench/runs}
  run_dir="$parent/$1-$(date +%Y%m%d-%H%M%S)"
  [ ! -e "$run_dir" ] || run_dir="$run_dir-$$"
  mkdir -p "$run_dir"
  run_dir=$(cd "$run_dir" && pwd)
  export BENCH_RUN_DIR=$run_dir
  exec 3>&1 4>&2
  # The copy outlives a Ctrl-C (which reaches every process of the terminal's group), to show how the run ends.
  exec > >(trap '' INT TERM HUP; exec tee -a "$run_dir/output.txt") 2>&1
  bench_tee=$!
  trap bench_end EXIT
  trap 'echo "interrupted" || true; exit 130' INT
  trap 'echo "terminated" || true; exit 143' TERM HUP
  echo "run folder: $run_dir"
}

# bench_start LOG COMMAND...: COMMAND in the background, its output in LOG; its pid in $bench_pid, kept to be stopped.
# Put environment variables through env (bench_start log env A=1 java ...), so that the pid is the program's.
bench_start() {
  local log=$1
  shift
  "$@" > "$log" 2>&1 < /dev/null 3>&- 4>&- &
  bench_pid=$!
  bench_pids+=("$bench_pid")
}

# bench_tree PID: the process and the processes it started, deepest first.
bench_tree() {
  local child
  for child in $(pgrep -P "$1"); do bench_tree "$child"; done
  echo "$1"
}

bench_alive() {
  local stat
  stat=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $stat != Z* ]]
}

# bench_stop PID: stops a process bench_start started, and its children, deepest first: TERM, then KILL after 60 s.
# Only while it is still this shell's child (so never a process that has since been given its pid).
bench_stop() {
  local pid=$1 p _ kept=()
  for p in "${bench_pids[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  bench_pids=("${kept[@]}")
  if [ "$(ps -o ppid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$$" ]; then
    for p in $(bench_tree "$pid"); do
      kill -TERM "$p" 2>/dev/null || continue
      for _ in $(seq 1 120); do
        bench_alive "$p" || break
        sleep 0.5
      done
      if bench_alive "$p"; then
        echo "process $p did not stop within 60 s: killed" >&2
        kill -KILL "$p" 2>/dev/null || true
      fi
    done
  fi
  wait "$pid" 2>/dev/null || true
}

# bench_embedded_db NAME: a new data directory in the run's folder for the application's embedded PostgreSQL, in
# $bench_db; removed at the end, after stopping its server if the application could not.
bench_embedded_db() {
  bench_db="$run_dir/$1"
  bench_pg_dirs+=("$bench_db")
}

# An embedded PostgreSQL still running on DIR (its postmaster.pid names it, and its working directory is DIR).
bench_stop_embedded_db() {
  local dir=$1 pid _
  [ -f "$dir/postmaster.pid" ] || return 0
  pid=$(head -1 "$dir/postmaster.pid")
  if [ -n "$pid" ] && bench_alive "$pid" && [ "$(readlink "/proc/$pid/cwd")" = "$dir" ]; then
    echo "stopping the embedded PostgreSQL left running on $dir (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      bench_alive "$pid" || break
      sleep 0.5
    done
  fi
}

# bench_cluster_up: Debian's PostgreSQL 15 cluster running; when this call starts it, the run stops it at its end.
bench_cluster_up() {
  local status
  status=$(pg_lsclusters -h 2>/dev/null | awk '$1 == "15" && $2 == "main" {print $4}')
  case "$status" in
    online*) ;;
    "") echo "no PostgreSQL 15 cluster 'main' (apt-get install postgresql)" >&2; return 1 ;;
    *)
      pg_ctlcluster 15 main start
      bench_cluster="15 main"
      echo "started PostgreSQL 15 (main); this run stops it at its end"
      ;;
  esac
}

bench_cluster_down() {
  local others
  others=$(su postgres -c "psql -Atc \"SELECT count(*) FROM pg_stat_activity
    WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()\"" 2>/dev/null)
  if [ "${others:-0}" = "0" ]; then
    pg_ctlcluster 15 main stop && echo "stopped PostgreSQL 15 (main), which this run started"
  else
    echo "PostgreSQL 15 (main), started by this run, left running: $others other sessions use it now"
  fi
}

# bench_port PORT: PORT if nothing listens on it, else the first free port above it.
bench_port() {
  local port=$1
  while (exec 5<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( port + 1 )); done
  echo "$port"
}

# bench_wait_ready PID PORT LOG [SECONDS]: until the application PID answers UP on its readiness probe; fails, with the
# end of LOG, if it stops first or takes longer than SECONDS (default 300).
bench_wait_ready() {
  local pid=$1 port=$2 log=$3 limit=${4:-300} start
  start=$(date +%s)
  until curl -fs -m 5 "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! bench_alive "$pid"; then
      echo "the application stopped before it was ready; the end of $log:" >&2
      tail -30 "$log" >&2
      return 1
    fi
    if [ $(( $(date +%s) - start )) -ge "$limit" ]; then
      echo "the application was not ready after $limit s: see $log" >&2
      return 1
    fi
    sleep 0.2
  done
}

bench_end() {
  local status=$? dir i
  set +e
  trap '' INT TERM HUP # the cleanup runs to its end
  for (( i = ${#bench_pids[@]} - 1; i >= 0; i-- )); do
    bench_stop "${bench_pids[i]}"
  done
  for dir in "${bench_pg_dirs[@]}"; do
    bench_stop_embedded_db "$dir"
    rm -rf "$dir"
  done
  for dir in "${bench_files[@]}"; do rm -rf "$dir"; done
  [ -z "$bench_cluster" ] || bench_cluster_down
  echo "run folder: $run_dir"
  exec 1>&3 2>&4 3>&- 4>&-
  wait "$bench_tee" 2>/dev/null
  exit "$status"
}
