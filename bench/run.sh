#!/usr/bin/env bash
# Benchmark of the moha-opendata HTTP API on this machine (see bench/README.md).
#
#   bench/run.sh                      # by-id, list and search on 1 000 000 rows, 30 s each
#   bench/run.sh by-id list           # only these workloads
#   bench/run.sh --load-only          # only (re)load the rows and report the seed time (= bench/load-1m.sh)
#   BENCH_ROWS=100000 BENCH_DURATION=10s bench/run.sh
#
# Workloads: by-id, list, search (default), filter, relations (optional).
# Knobs (environment): BENCH_ROWS (1000000), BENCH_DURATION (30s), BENCH_WARMUP (20s), BENCH_REPS (1; the
# median by req/s is reported), BENCH_CONNS (32), BENCH_THREADS (2), BENCH_PORT (18080), BENCH_DATA_DIR
# (bench/var-<rows>), BENCH_FRESH (0; 1 = wipe the data dir and reload), BENCH_JAVA_OPTS, BENCH_MAX_ID
# (default: the document count), BENCH_START_TIMEOUT (3600 s), QUIET_MAX (60 s) / QUIET_BUSY (25 %),
# WRK_TIMEOUT (10s). Server variables such as DB_POOL_SIZE or HTTP_INSTANCES are passed through.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

LOAD_ONLY=0
WORKLOADS=()
for a in "$@"; do
  case $a in
    --load-only) LOAD_ONLY=1 ;;
    by-id | list | search | filter | relations) WORKLOADS+=("$a") ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown argument '$a' (workloads: by-id list search filter relations; flag: --load-only)" ;;
  esac
done
((${#WORKLOADS[@]})) || WORKLOADS=(by-id list search)
# list, filter and search pages are read from the database every time (Cache-Control: no-cache: the engine's
# figure, as before the page cache); BENCH_PAGE_CACHE=1 lets the server's page cache answer repeated pages
NOCACHE=(-H 'Cache-Control: no-cache')
[ "${BENCH_PAGE_CACHE:-0}" = 1 ] && NOCACHE=()

ROWS=${BENCH_ROWS:-1000000}
[[ $ROWS =~ ^[0-9]+$ ]] || die "BENCH_ROWS must be a number"
LABEL=$(rows_label "$ROWS")
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-20s}
REPS=${BENCH_REPS:-1}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-18080}
DATA=${BENCH_DATA_DIR:-$BENCH_DIR/var-$LABEL}
BASE=http://127.0.0.1:$PORT
API=/api/v1/legal-documents
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
if ((LOAD_ONLY)); then WHAT=load; else WHAT=$(IFS=-; echo "${WORKLOADS[*]}"); fi
RESULT_FILE=$BENCH_DIR/results/$STAMP-$LABEL-$WHAT.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"

# Platformatic DB 3.67.0, 2 workers, run A (shared/peers/RESULTS.md), and our targets (3x, p99 < 10 ms)
declare -A PEER=([by-id]=4947 [list]=2024)

rec() { tee -a "$RESULT_FILE"; }

need wrk wrk
need curl curl
need jq jq
need python3 python3
build_jar

cleanup() {
  local rc=$?
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- data directory: reuse a complete load of the same rows and migrations, otherwise start fresh ---
MARKER=$DATA/bench-loaded
WANT="rows=$ROWS migrations=$(migrations_fingerprint)"
if ! load_reusable "$WANT"; then
  if [ -e "$DATA" ]; then
    case $DATA in
      "$BENCH_DIR"/var-*) log "wiping $DATA (fresh load)"; rm -rf "$DATA" ;;
      *) die "$DATA is not a complete load of $ROWS rows and is outside bench/var-*: remove it yourself" ;;
    esac
  fi
  FRESH=1
else
  FRESH=0
  log "reusing $DATA ($WANT); BENCH_FRESH=1 reloads"
fi

# --- header of the results file ---
calib() {
  local s e
  s=$(date +%s.%N); head -c 268435456 /dev/zero | sha256sum >/dev/null; e=$(date +%s.%N)
  python3 -c "print(round(256 / ($e - $s)))"
}
{
  echo "# moha-opendata bench — $WHAT on $ROWS rows — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "box calib: sha256sum $(calib) MB/s on 1 core (this VM's speed drifts: compare runs with similar calib)"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "wrk: $(wrk -v 2>&1 | head -n 1)"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ), migrations $WANT"
  echo "server: embedded PostgreSQL under $DATA, HTTP_INSTANCES=${HTTP_INSTANCES:-default} DB_POOL_SIZE=${DB_POOL_SIZE:-default} JAVA_OPTS='${BENCH_JAVA_OPTS:-}' LOG_HTTP_LEVEL=WARN"
  echo "load: wrk -t$THREADS -c$CONNS, warm-up $WARMUP then $REPS x $DURATION per workload, timeout ${WRK_TIMEOUT:-10s}; loopback only; load generator on the same cores"
  echo
} | rec

# --- start (and load, on a fresh data dir) ---
T0=$SECONDS
start_server
wait_ready
STARTUP=$((SECONDS - T0))
SEED_LINE=$(grep -o 'seeded [0-9]* demo documents in [0-9]* ms' "$SERVER_LOG" | tail -n 1 || true)
if ((FRESH)); then
  echo "$WANT" >"$MARKER"
  {
    echo "load: fresh data dir; start to ready ${STARTUP} s (JVM + initdb + migrations + seed + ANALYZE)"
    echo "seed: ${SEED_LINE:-no 'seeded … in … ms' line in the log}"
  } | rec
else
  echo "load: data dir reused ($(cat "$MARKER")); restart to ready ${STARTUP} s" | rec
  echo "$WANT" >"$MARKER" # migrated forward by the start
fi
TOTAL=$(curl -sf "$BASE$API?limit=1&count=true" | jq -r '.total')
[[ $TOTAL =~ ^[0-9]+$ ]] || die "could not read the document count from $BASE$API?limit=1&count=true"
echo "documents: $TOTAL (GET $API?limit=1&count=true); database on disk $(du -sh "$DATA/postgres" | cut -f1)" | rec
((TOTAL >= ROWS)) || log "WARNING: $TOTAL documents < BENCH_ROWS=$ROWS"

if ((LOAD_ONLY)); then
  echo | rec
  log "results: $RESULT_FILE"
  exit 0
fi

# --- ids: the demo rows are numbered 1..count (identity column); check a sample ---
MAX_ID=${BENCH_MAX_ID:-$TOTAL}
rand_id() { echo $(((RANDOM * 32768 + RANDOM) % MAX_ID + 1)); }
miss=0
for _ in $(seq 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$API/$(rand_id)")
  [ "$code" = 200 ] || miss=$((miss + 1))
done
echo "ids: 1..$MAX_ID; a sample of 50 random ids gave $miss non-200" | rec
((miss == 0)) || log "WARNING: ids are not dense in 1..$MAX_ID (set BENCH_MAX_ID); by-id will count non-2xx"

# --- workloads ---
describe() {
  case $1 in
    by-id) echo "GET $API/{random id in 1..$MAX_ID}" ;;
    list) echo "GET $API?limit=50" ;;
    search) echo "GET $API?q={16 queries without diacritics, rotating}&limit=20" ;;
    filter) echo "GET $API?type=NGHI_DINH&status=in_force&limit=50" ;;
    relations) echo "GET $API/{random id in 1..$MAX_ID}/relations" ;;
  esac
}

# run_workload <name> <outfile> <duration>: prints the BENCH_RESULT fields. The VAR=value prefixes reach
# wrk's environment (bash exports temporary assignments of a function call to its children) and do not
# outlive the call.
run_workload() {
  local w=$1 out=$2 dur=$3 lua=$BENCH_DIR/wrk
  case $w in
    by-id) BENCH_NAME=$w WRK_PREFIX=$API/ WRK_MAX_ID=$MAX_ID wrk_once "$out" "$dur" -s "$lua/random_id.lua" "$BASE" ;;
    list) BENCH_NAME=$w wrk_once "$out" "$dur" "${NOCACHE[@]}" -s "$lua/fixed.lua" "$BASE$API?limit=50" ;;
    search) BENCH_NAME=$w SEARCH_LIMIT=20 wrk_once "$out" "$dur" "${NOCACHE[@]}" -s "$lua/search.lua" "$BASE" ;;
    filter) BENCH_NAME=$w wrk_once "$out" "$dur" "${NOCACHE[@]}" -s "$lua/fixed.lua" "$BASE$API?type=NGHI_DINH&status=in_force&limit=50" ;;
    relations) BENCH_NAME=$w WRK_PREFIX=$API/ WRK_SUFFIX=/relations WRK_MAX_ID=$MAX_ID \
      wrk_once "$out" "$dur" -s "$lua/random_id.lua" "$BASE" ;;
  esac
}
# the exact command, for the record
command_of() {
  local w=$1 t="wrk --latency --timeout ${WRK_TIMEOUT:-10s} -t$THREADS -c$CONNS -d$DURATION" f=""
  ((${#NOCACHE[@]})) && f=" -H 'Cache-Control: no-cache'"
  case $w in
    by-id) echo "BENCH_NAME=by-id WRK_PREFIX=$API/ WRK_MAX_ID=$MAX_ID $t -s bench/wrk/random_id.lua $BASE" ;;
    list) echo "BENCH_NAME=list $t$f -s bench/wrk/fixed.lua '$BASE$API?limit=50'" ;;
    search) echo "BENCH_NAME=search SEARCH_LIMIT=20 $t$f -s bench/wrk/search.lua $BASE" ;;
    filter) echo "BENCH_NAME=filter $t$f -s bench/wrk/fixed.lua '$BASE$API?type=NGHI_DINH&status=in_force&limit=50'" ;;
    relations) echo "BENCH_NAME=relations WRK_PREFIX=$API/ WRK_SUFFIX=/relations WRK_MAX_ID=$MAX_ID $t -s bench/wrk/random_id.lua $BASE" ;;
  esac
}

# one curl: "<http code> <bytes> <ms>"
probe() { curl -s -o "$SCRATCH/probe.json" -w '%{http_code} %{size_download} %{time_total}' "$1" |
  awk '{printf "%s %s %.1f", $1, $2, $3 * 1000}'; }

# correctness + single-request latency before loading the server
precheck() {
  local w=$1 r code bytes ms n ids next q enc
  case $w in
    by-id | relations)
      local ok=0 tot=0 suffix=""
      [ "$w" = relations ] && suffix=/relations
      for _ in $(seq 20); do
        read -r code bytes ms <<<"$(probe "$BASE$API/$(rand_id)$suffix")"
        [ "$code" = 200 ] && ok=$((ok + 1))
        tot=$((tot + bytes))
      done
      echo "  check: 20 random ids → $ok × 200, average body $((tot / 20)) bytes, last ${ms} ms"
      ;;
    list | filter)
      local url="$BASE$API?limit=50"
      [ "$w" = filter ] && url="$BASE$API?type=NGHI_DINH&status=in_force&limit=50"
      read -r code bytes ms <<<"$(probe "$url")"
      n=$(jq '.items | length' "$SCRATCH/probe.json")
      ids=$(jq -r '[.items[].id] | join(",")' "$SCRATCH/probe.json")
      next=$(jq -r '.next // empty' "$SCRATCH/probe.json")
      echo "  check: HTTP $code, $n items, $bytes bytes, ${ms} ms; next link: ${next:+yes}${next:-none}"
      if [ -n "$next" ]; then
        read -r code bytes ms <<<"$(probe "$next")"
        r=$(jq -r --arg ids "$ids" '[.items[].id | tostring] - ($ids | split(",")) | length' "$SCRATCH/probe.json")
        echo "  check: page 2 via next → HTTP $code, $(jq '.items | length' "$SCRATCH/probe.json") items ($r not on page 1), ${ms} ms"
      fi
      ;;
    search)
      local queries=()
      mapfile -t queries < <(sed -n '/^local default_queries = {/,/^}/p' "$BENCH_DIR/wrk/search.lua" | sed -n 's/^ *"\(.*\)",$/\1/p')
      [ -n "${BENCH_QUERIES:-}" ] && IFS='|' read -r -a queries <<<"$BENCH_QUERIES"
      echo "  check: each query once with &count=true (hits, time of one request):"
      for q in "${queries[@]}"; do
        enc=$(jq -rn --arg q "$q" '$q | @uri')
        read -r code bytes ms <<<"$(probe "$BASE$API?q=$enc&limit=20&count=true")"
        printf '    %-34s HTTP %s  %8s hits  %6s ms  first: %s\n' "\"$q\"" "$code" \
          "$(jq -r '.total // "?"' "$SCRATCH/probe.json")" "$ms" \
          "$(jq -r '.items[0].title // "-" | .[0:70]' "$SCRATCH/probe.json")"
      done
      ;;
  esac
}

declare -A RES NOISE
for w in "${WORKLOADS[@]}"; do
  {
    echo
    echo "## $w — $(describe "$w")"
    echo "command: $(command_of "$w")"
    precheck "$w"
  } | rec
  log "$w: warm-up $WARMUP"
  warm=$(run_workload "$w" "$SCRATCH/$w-warmup.txt" "$WARMUP")
  echo "  warm-up $WARMUP: ${warm:-no result (see below)}" | rec
  [ -n "$warm" ] || { rec <"$SCRATCH/$w-warmup.txt"; continue; }
  lines=()
  for ((r = 1; r <= REPS; r++)); do
    gate
    noise_begin
    log "$w: run $r/$REPS ($DURATION)"
    line=$(run_workload "$w" "$SCRATCH/$w-r$r.txt" "$DURATION")
    noise=$(noise_end)
    {
      echo "  run $r: $line"
      echo "  noise: $noise"
      sed 's/^/    | /' "$SCRATCH/$w-r$r.txt"
    } | rec
    [ -n "$line" ] && lines+=("$(field rps "$line") $r")
    NOISE[$w-$r]=$noise
  done
  ((${#lines[@]})) || continue
  med=$(printf '%s\n' "${lines[@]}" | sort -g | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
  RES[$w]=$(grep '^BENCH_RESULT ' "$SCRATCH/$w-r$med.txt" | tail -n 1 | sed 's/^BENCH_RESULT //')
  NOISE[$w]=${NOISE[$w-$med]}
done

# --- summary ---
{
  echo
  echo "## Summary — $ROWS rows, wrk -t$THREADS -c$CONNS, $DURATION (median of $REPS), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| workload | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx / errors | vs Platformatic (2 workers) | target ≥3× & p99<10 ms | foreign CPU |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for w in "${WORKLOADS[@]}"; do
    l=${RES[$w]:-}
    if [ -z "$l" ]; then echo "| $w | (no result) | | | | | | | | |"; continue; fi
    rps=$(field rps "$l"); p99=$(field p99_ms "$l")
    errs=$(($(field err_connect "$l") + $(field err_read "$l") + $(field err_write "$l") + $(field err_timeout "$l")))
    vs="—"; tgt="—"
    if [ -n "${PEER[$w]:-}" ]; then
      vs=$(python3 -c "print(f'{$rps / ${PEER[$w]}:.1f}× of ${PEER[$w]}')")
      tgt=$(python3 -c "print('yes' if $rps >= 3 * ${PEER[$w]} and $p99 < 10 else 'NO')")
    fi
    fg=$(sed -n 's/.*= \([0-9]*%\) of.*/\1/p' <<<"${NOISE[$w]:-}")
    rps_fmt=$(python3 -c "r = $rps; print(f'{r:.0f}' if r >= 100 else f'{r:.1f}')")
    printf '| %s | %s | %.2f | %.2f | %.2f | %.1f | %s / %s | %s | %s | %s |\n' "$w" "$rps_fmt" \
      "$(field p50_ms "$l")" "$(field p90_ms "$l")" "$p99" "$(field max_ms "$l")" "$(field non2xx "$l")" "$errs" \
      "$vs" "$tgt" "${fg:-?}"
  done
  echo
  rss=$(ps -o rss= -p "$SERVER_PID" 2>/dev/null | awk '{printf "%.0f MiB", $1/1024}')
  echo "server after the runs: JVM RSS ${rss:-?}; database on disk $(du -sh "$DATA/postgres" | cut -f1)"
  nerr=$(grep -cE ' (ERROR|WARN) ' "$SERVER_LOG" || true)
  echo "server log: $nerr WARN/ERROR lines in $SERVER_LOG${nerr:+ (last ones below)}"
  grep -E ' (ERROR|WARN) ' "$SERVER_LOG" | tail -n 5 | cut -c1-300 | sed 's/^/    /'
} | rec
log "results: $RESULT_FILE"
