#!/usr/bin/env bash
# CPU time per request of the server (JVM) and of its PostgreSQL, next to req/s and p50/p99: the noise-robust
# figure on a shared box (other processes steal wall time, not the CPU a request costs). Starts the given jar on
# an existing data dir (nothing is loaded: use a dir made by bench/run.sh or bench/dump.sh), runs each workload
# with wrk after a warm-up, optionally records a JFR profile of one workload, then stops the server.
#
#   BENCH_DATA_DIR=bench/var-awards-1m bench/cpu-per-request.sh awards-id awards-list
#   BENCH_JAR=/tmp/old.jar BENCH_JFR=awards-id bench/cpu-per-request.sh awards-id
#
# Workloads: awards-id (GET /api/v1/awards/{random id}), awards-list (GET /api/v1/awards?type=…&limit=50),
# legal-id, legal-list (GET /api/v1/legal-documents?type=NGHI_DINH&status=in_force&limit=50).
# Knobs: BENCH_DURATION (15s), BENCH_WARMUP (15s), BENCH_CONNS (32), BENCH_THREADS (2), BENCH_PORT (18085),
# BENCH_MAX_ID (1000000), BENCH_AWARD_TYPE (GIAY_KHEN), BENCH_JAVA_OPTS, BENCH_JFR (a workload name:
# a 20 s JFR recording during its measured run, summarised by bench/jfr-top.py). Server variables pass through.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

DATA=${BENCH_DATA_DIR:?set BENCH_DATA_DIR to a loaded data dir}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-15s}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-18085}
MAX_ID=${BENCH_MAX_ID:-1000000}
AWARD_TYPE=${BENCH_AWARD_TYPE:-GIAY_KHEN}
ROWS=0
BASE=http://127.0.0.1:$PORT
SCRATCH=$(mktemp -d)
((${#@})) || set -- awards-id awards-list
need wrk wrk
build_jar
trap 'stop_server; rm -rf "$SCRATCH"' EXIT
trap 'exit 130' INT TERM

# cpu_ticks <pid…>: utime+stime (clock ticks) of the processes and their children's threads (a PostgreSQL
# postmaster: summed over its backends)
cpu_ticks() {
  local total=0 p kids
  for p in "$@"; do
    kids=$(pgrep -P "$p" || true)
    for k in $p $kids; do
      [ -r "/proc/$k/stat" ] || continue
      total=$((total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$k/stat")))
    done
  done
  echo "$total"
}

# jvm_ticks <pid>: utime+stime of the JVM's threads except the JIT compilers' (C1/C2 compile for tens of
# CPU-seconds after each new code path on a busy box; that is start-up cost, not the cost of a request)
jvm_ticks() {
  local t total=0 comm
  for t in /proc/"$1"/task/*; do
    comm=$(cat "$t/comm" 2>/dev/null || true)
    [[ $comm == C[12]\ CompilerThre* ]] && continue
    total=$((total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "$t/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

HZ=$(getconf CLK_TCK)
start_server
wait_ready
PM=$(head -n 1 "$DATA/postgres/postmaster.pid")
echo "| workload | req/s | p50 ms | p99 ms | non-2xx | JVM CPU µs/req (no JIT) | PostgreSQL CPU µs/req | box load |"
echo "|---|---|---|---|---|---|---|---|"
# args_of <workload>: sets url and args
args_of() {
  case $1 in
    awards-id) url=$BASE; args=(-s "$BENCH_DIR/wrk/random_id.lua")
      export WRK_PREFIX=/api/v1/awards/ WRK_MAX_ID=$MAX_ID ;;
    legal-id) url=$BASE; args=(-s "$BENCH_DIR/wrk/random_id.lua")
      export WRK_PREFIX=/api/v1/legal-documents/ WRK_MAX_ID=$MAX_ID ;;
    awards-list) url="$BASE/api/v1/awards?type=$AWARD_TYPE&limit=50"; args=(-s "$BENCH_DIR/wrk/fixed.lua") ;;
    legal-list) url="$BASE/api/v1/legal-documents?type=NGHI_DINH&status=in_force&limit=50"
      args=(-s "$BENCH_DIR/wrk/fixed.lua") ;;
    *) die "unknown workload $1" ;;
  esac
}
# warm every workload first: the JIT compiles each path for tens of CPU-seconds on a busy box (C2 then dominates
# the JVM's CPU), which would be counted against the first measured runs
for w in "$@"; do
  args_of "$w"
  [[ $w == *list ]] && log "$w: $(curl -s "$url" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))') items"
  BENCH_NAME=$w wrk_once "$SCRATCH/warm.txt" "$WARMUP" "${args[@]}" "$url" >/dev/null
done
for w in "$@"; do
  args_of "$w"
  export BENCH_NAME=$w
  if [ "${BENCH_JFR:-}" = "$w" ]; then
    jcmd "$SERVER_PID" JFR.start name=perf settings=profile duration=20s filename="$SCRATCH/$w.jfr" >/dev/null
  fi
  j0=$(jvm_ticks "$SERVER_PID"); p0=$(cpu_ticks "$PM")
  r=$(wrk_once "$SCRATCH/run.txt" "$DURATION" "${args[@]}" "$url")
  j1=$(jvm_ticks "$SERVER_PID"); p1=$(cpu_ticks "$PM")
  n=$(field requests "$r")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$w" "$(field rps "$r")" "$(field p50_ms "$r")" \
    "$(field p99_ms "$r")" "$(field non2xx "$r")" \
    "$(( (j1 - j0) * 1000000 / HZ / (n > 0 ? n : 1) ))" "$(( (p1 - p0) * 1000000 / HZ / (n > 0 ? n : 1) ))" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  if [ "${BENCH_JFR:-}" = "$w" ]; then
    sleep 6
    python3 "$BENCH_DIR/jfr-top.py" "$SCRATCH/$w.jfr" > "${BENCH_JFR_OUT:-/tmp}/jfr-$w.txt" || true
    cp "$SCRATCH/$w.jfr" "${BENCH_JFR_OUT:-/tmp}/$w.jfr"
    log "JFR summary: ${BENCH_JFR_OUT:-/tmp}/jfr-$w.txt"
  fi
done
