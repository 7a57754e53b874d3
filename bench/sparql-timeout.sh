#!/usr/bin/env bash
# SPARQL guardrails under a runaway query (issue 5: "a SPARQL query that would run forever is cut at the timeout
# with a clear error, and the server stays responsive to other requests meanwhile"). See bench/README.md.
#
#   bench/sparql-timeout.sh                       # on the 1 M-award data dir of bench/dump.sh (bench/var-awards-1m)
#   BENCH_AWARDS=50000 bench/sparql-timeout.sh    # on the 50 k demo (bench/var-awards-50k, loaded on the first run)
#
# Runaway query: SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?s ?t } (a triple cross product), sent as
# GET /sparql?query=… with the server defaults (SPARQL_TIMEOUT_MS=10000, SPARQL_MAX_CONCURRENT=2). Windows, each
# with a REST load next to it (wrk -t1 -c4 -d<BENCH_WINDOW>, latency percentiles):
#   baseline   no SPARQL: GET /api/v1/awards?limit=50, then GET /health
#   lowered    one runaway with &timeout=2 (seconds; a client may lower the limit)   — no REST load
#   one        one runaway                                                         + REST list
#   three      three runaways at once (the 3rd should get 503 sparql-busy at once) + REST list
#   two-health two runaways                                                        + GET /health
#   after      a small SPARQL query (the slots are free again), the JVM's CPU in the 5 s after the timeouts
#              (a cut query must stop computing), then the baselines again
# For every SPARQL request: HTTP status, seconds, problem body. For every window: the JVM's CPU (cores).
# Knobs: BENCH_AWARDS (1000000), BENCH_ROWS (1000), BENCH_PORT (18082), BENCH_DATA_DIR (bench/var-awards-<n>),
# BENCH_WINDOW (8 s, must stay below the timeout), BENCH_JAVA_OPTS, SPARQL_TIMEOUT_MS / SPARQL_MAX_CONCURRENT
# (passed to the server), BENCH_FRESH, BENCH_LOAD_JAVA_OPTS, BENCH_RDF_TIMEOUT, QUIET_MAX / QUIET_BUSY.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
case ${1:-} in -h | --help) sed -n '2,21p' "$0"; exit 0 ;; "") ;; *) die "no arguments (knobs are environment variables; see --help)" ;; esac

AWARDS=${BENCH_AWARDS:-1000000}
ROWS=${BENCH_ROWS:-1000}
[[ $AWARDS =~ ^[0-9]+$ && $ROWS =~ ^[0-9]+$ ]] || die "BENCH_AWARDS and BENCH_ROWS must be numbers"
export AWARDS_SEED_SIZE=$AWARDS
PORT=${BENCH_PORT:-18082}
LABEL=$(rows_label "$AWARDS")
DATA=${BENCH_DATA_DIR:-$BENCH_DIR/var-awards-$LABEL}
BASE=http://127.0.0.1:$PORT
WINDOW=${BENCH_WINDOW:-8}
TIMEOUT_MS=${SPARQL_TIMEOUT_MS:-10000}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-awards-$LABEL-sparql-timeout.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }
((WINDOW * 1000 < TIMEOUT_MS)) || die "BENCH_WINDOW ($WINDOW s) must be shorter than SPARQL_TIMEOUT_MS ($TIMEOUT_MS ms)"

need curl curl
need jq jq
need wrk wrk
need python3 python3
build_jar

SPARQL_PIDS=()
cleanup() {
  local rc=$? p
  for p in "${SPARQL_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

curl -s -o /dev/null -m 2 "$BASE/health" && die "something already answers on $BASE; stop it or set BENCH_PORT"
ensure_awards_load

RUNAWAY='SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?s ?t }'
SMALL='SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5'
enc() { jq -rn --arg q "$1" '$q | @uri'; }
LIST=/api/v1/awards?limit=50

{
  echo "# moha-opendata bench — SPARQL runaway query vs REST latency, $AWARDS awards — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $(java -version 2>&1 | sed -n 2p); $(wrk -v 2>&1 | head -n 1)"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"
  echo "data: $LOAD_NOTE"
  echo "server: java ${BENCH_JAVA_OPTS:-} -jar moha-opendata.jar; DATA_DIR=$DATA SEED_SIZE=$ROWS AWARDS_SEED_SIZE=$AWARDS SPARQL_TIMEOUT_MS=${SPARQL_TIMEOUT_MS:-default 10000} SPARQL_MAX_CONCURRENT=${SPARQL_MAX_CONCURRENT:-default 2} LOG_HTTP_LEVEL=WARN"
  echo "runaway query: $RUNAWAY"
  echo "REST load in each window: wrk --latency -t1 -c4 -d${WINDOW}s (GET $LIST or GET /health), started 0.3 s after the SPARQL requests"
  echo
} | rec

T0=$SECONDS
LOG_FROM=$(cat "$DATA/server.log" 2>/dev/null | wc -l)
run_log() { tail -n +"$((LOG_FROM + 1))" "$SERVER_LOG"; } # this run's part of the (appended) server log
start_server
wait_ready
echo "start: restart to ready $((SECONDS - T0)) s; RDF store $(du -sh "$DATA/rdf" 2>/dev/null | cut -f1)" | rec

# JVM CPU time in clock ticks (utime + stime)
jvm_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
TCK=$(getconf CLK_TCK)

# sparql_bg <name> <query> [extra query string]: one GET /sparql in the background; result in $SCRATCH/<name>.*
sparql_bg() {
  local name=$1 q=$2 extra=${3:-}
  curl -s -m 120 -H 'Accept: application/sparql-results+json' -o "$SCRATCH/$name.body" -D "$SCRATCH/$name.headers" \
    -w '%{http_code} %{time_total}' "$BASE/sparql?query=$(enc "$q")$extra" >"$SCRATCH/$name.result" 2>/dev/null &
  SPARQL_PIDS+=($!)
}
sparql_wait() {
  local p
  for p in "${SPARQL_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  SPARQL_PIDS=()
}
sparql_report() {
  local name=$1 code secs body
  read -r code secs <"$SCRATCH/$name.result" || true
  body=$(tr -d '\n' <"$SCRATCH/$name.body" | cut -c1-400)
  echo "  $name: HTTP ${code:-?} in ${secs:-?} s; retry-after: $(sed -n 's/^[Rr]etry-[Aa]fter: *//p' "$SCRATCH/$name.headers" | tr -d '\r')$(grep -qi '^content-type: application/problem' "$SCRATCH/$name.headers" && echo '; problem+json'); body: $body"
  printf '%s %s %s\n' "$name" "${code:-?}" "${secs:-?}" >>"$SCRATCH/sparql-summary"
}

# rest_load <name> <path>: wrk -t1 -c4 for WINDOW s; keeps the BENCH_RESULT line
declare -A REST NOISE
rest_load() {
  local name=$1 path=$2 out=$SCRATCH/wrk-$1.txt
  noise_begin
  BENCH_NAME=$name wrk --latency --timeout 10s -t1 -c4 -d"${WINDOW}s" -s "$BENCH_DIR/wrk/fixed.lua" "$BASE$path" >"$out" 2>&1 || true
  NOISE[$name]=$(noise_end)
  REST[$name]=$(grep '^BENCH_RESULT ' "$out" | tail -n 1 | sed 's/^BENCH_RESULT //')
  {
    echo "  REST $name (GET $path): ${REST[$name]:-no result}"
    echo "  noise: ${NOISE[$name]}"
    sed -n '/Latency Distribution/,/Requests\/sec/p' "$out" | sed 's/^/    | /'
  } | rec
}

# window <name> <n runaways> <rest name> <rest path> [extra query string]
declare -A CPU
window() {
  local name=$1 n=$2 rname=$3 rpath=$4 extra=${5:-} i t0 c0 c1 e
  gate
  {
    echo
    echo "## window $name: $n runaway quer$( ((n == 1)) && echo y || echo ies)${extra:+ ($extra)}${rname:+ + REST $rname}"
  } | rec
  c0=$(jvm_ticks); t0=$(date +%s.%N)
  for ((i = 1; i <= n; i++)); do
    sparql_bg "$name-q$i" "$RUNAWAY" "$extra"
    sleep 0.05
  done
  if [ -n "$rname" ]; then sleep 0.3; rest_load "$rname" "$rpath"; fi
  sparql_wait
  c1=$(jvm_ticks); e=$(date +%s.%N)
  CPU[$name]=$(python3 -c "print(f'{($c1 - $c0) / $TCK / ($e - $t0):.2f} cores over {$e - $t0:.1f} s')")
  for ((i = 1; i <= n; i++)); do sparql_report "$name-q$i"; done | rec
  echo "  JVM CPU during the window: ${CPU[$name]}" | rec
}

# --- checks ---
read -r code secs <<<"$(curl -s -m 30 -o "$SCRATCH/small.json" -w '%{http_code} %{time_total}' -H 'Accept: application/sparql-results+json' "$BASE/sparql?query=$(enc "$SMALL")")"
echo "check: small query ($SMALL) → HTTP $code in $secs s, $(jq '.results.bindings | length' "$SCRATCH/small.json" 2>/dev/null) rows" | rec
read -r code secs <<<"$(curl -s -m 30 -o "$SCRATCH/list.json" -w '%{http_code} %{time_total}' "$BASE$LIST")"
echo "check: GET $LIST → HTTP $code in $secs s, $(jq '.items | length' "$SCRATCH/list.json" 2>/dev/null) items" | rec
# warm-up of the REST paths (JIT), not recorded
BENCH_NAME=warm wrk -t1 -c4 -d10s -s "$BENCH_DIR/wrk/fixed.lua" "$BASE$LIST" >/dev/null 2>&1 || true
BENCH_NAME=warm wrk -t1 -c4 -d5s -s "$BENCH_DIR/wrk/fixed.lua" "$BASE/health" >/dev/null 2>&1 || true

# --- baselines ---
{ echo; echo "## baseline (no SPARQL)"; } | rec
gate
rest_load base-list "$LIST"
rest_load base-health /health

# --- runaway windows ---
window lowered 1 "" "" "&timeout=2"
window one 1 list-1q "$LIST"
window three 3 list-3q "$LIST"
window two-health 2 health-2q /health

# --- after: slots free again, no CPU left behind by the cut queries ---
{ echo; echo "## after the runaways"; } | rec
c0=$(jvm_ticks); sleep 5; c1=$(jvm_ticks)
AFTER_CPU=$(python3 -c "print(f'{($c1 - $c0) / $TCK / 5:.2f}')")
echo "  JVM CPU in the 5 s after the last timeout (idle, no requests): $AFTER_CPU cores" | rec
read -r code secs <<<"$(curl -s -m 30 -o "$SCRATCH/small2.json" -w '%{http_code} %{time_total}' -H 'Accept: application/sparql-results+json' "$BASE/sparql?query=$(enc "$SMALL")")"
echo "  small query again → HTTP $code in $secs s" | rec
gate
rest_load after-list "$LIST"
rest_load after-health /health

# --- summary ---
{
  echo
  echo "## Summary — $AWARDS awards, SPARQL_TIMEOUT_MS=$TIMEOUT_MS, SPARQL_MAX_CONCURRENT=${SPARQL_MAX_CONCURRENT:-2}, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| SPARQL request | HTTP | seconds |"
  echo "|---|---|---|"
  while read -r n c s; do echo "| $n | $c | $s |"; done <"$SCRATCH/sparql-summary"
  echo
  echo "| REST load (wrk -t1 -c4 -d${WINDOW}s) | SPARQL meanwhile | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx / errors | foreign CPU |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for r in base-list:none list-1q:"1 runaway" list-3q:"3 runaways (2 run, 1 refused)" after-list:none base-health:none health-2q:"2 runaways" after-health:none; do
    name=${r%%:*}; what=${r#*:}; l=${REST[$name]:-}
    if [ -z "$l" ]; then echo "| $name | $what | (no result) | | | | | | |"; continue; fi
    errs=$(($(field err_connect "$l") + $(field err_read "$l") + $(field err_write "$l") + $(field err_timeout "$l")))
    fg=$(sed -n 's/.*= \([0-9]*%\) of.*/\1/p' <<<"${NOISE[$name]:-}")
    printf '| %s | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %s / %s | %s |\n' "$name" "$what" "$(field rps "$l")" "$(field p50_ms "$l")" \
      "$(field p90_ms "$l")" "$(field p99_ms "$l")" "$(field max_ms "$l")" "$(field non2xx "$l")" "$errs" "${fg:-?}"
  done
  echo
  for w in lowered one three two-health; do echo "JVM CPU in window $w: ${CPU[$w]}"; done
  echo "JVM CPU in the 5 s after the last timeout: $AFTER_CPU cores"
  nerr=$(run_log | grep -cE ' (ERROR|WARN) ' || true)
  echo "server log: $nerr WARN/ERROR lines in this run of $SERVER_LOG (last ones below)"
  run_log | grep -E ' (ERROR|WARN) ' | tail -n 8 | cut -c1-300 | sed 's/^/    /'
} | rec
log "results: $RESULT_FILE"
