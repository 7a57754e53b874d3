#!/usr/bin/env bash
# Issue 9, benchmark 1: REST over PostgreSQL, our server vs Platformatic DB over the SAME embedded PostgreSQL
# and the same tables, plus the database's own ceiling (pgbench, prepared, the same by-id statement).
#
#   bench/peers-rest.sh                    # legal documents (1 M) and awards (1 M); ≈22 min on existing loads
#   bench/peers-rest.sh legal              # one data set only (legal | awards)
#   BENCH_REPS=1 BENCH_DURATION=10s BENCH_WARMUP=10s bench/peers-rest.sh awards   # a quick look (≈4 min)
#
# Per data set: starts our server on its data dir (bench/var-1m: 1 000 000 legal documents; bench/var-awards-1m:
# 1 000 000 awards — loaded on the first run like bench/run.sh / bench/dump.sh do), then @platformatic/db 3.67.0
# (Node 22 from the npm `node` package, installed once under BENCH_PEERS_CACHE) with 2 workers pointed at the same
# PostgreSQL (schema legaldocs / awards, its auto-generated REST routes). Both stay up; every measured run is
# gated on a quiet box (cpu_noise.py), and the runs alternate: ours by-id, peer by-id, ours list, peer list,
# repeated BENCH_REPS times (median by req/s reported). Then pgbench -M prepared runs the statement our by-id
# handler sends (read from the jar by bench/peers/SqlOf.java) with random ids: the database ceiling.
# Workloads (wrk --latency -t2 -c32, 20 s after a 20 s warm-up of each):
#   legal  by-id  ours GET /api/v1/legal-documents/{id}            peer GET /legaldocsDocument/{id}?fields=…
#          list   ours GET /api/v1/legal-documents?type=NGHI_DINH&status=in_force&limit=50
#                 peer GET /legaldocsDocument/?where.typeCode.eq=NGHI_DINH&where.statusCode.eq=in_force
#                      &orderby.issuedDate=desc&orderby.id=desc&limit=50&fields=…
#   awards by-id  ours GET /api/v1/awards/{id}                      peer GET /awardsAward/{id}?fields=…
#          list   ours GET /api/v1/awards?type=<BENCH_AWARD_TYPE>&limit=50   (newest decision first)
#                 peer GET /awardsAward/?where.awardType.eq=…&orderby.decisionDate=desc&orderby.id=desc&limit=50&fields=…
#   list-fresh    ours: the same list with `Cache-Control: no-cache` (read from the database every time: our page
#                 cache, which answers `list` after its first request, skipped); peer: the same peer list again
# The peer's `fields` are the table columns our answer carries (no tsvector); ours also joins the code lists'
# labels (vi/en), a by-id legal document its attachments and relations, and adds links: ours does more per row.
# Knobs: BENCH_DURATION (20s), BENCH_WARMUP (20s), BENCH_REPS (3), BENCH_CONNS (32), BENCH_THREADS (2),
# PLT_WORKERS (2), PGBENCH_CLIENTS (8), PGBENCH_TIME (20), BENCH_PORT (18083), PLT_PORT (3043),
# BENCH_AWARD_TYPE (the most frequent award type), BENCH_PEERS_CACHE (~/.cache/moha-bench), BENCH_JAVA_OPTS,
# BENCH_WORKLOADS ("by-id list list-fresh"), BENCH_FRESH (0), QUIET_MAX / QUIET_BUSY (60 s / 25 %), WRK_TIMEOUT (10s). Server variables (DB_POOL_SIZE,
# HTTP_INSTANCES, …) pass through. Result: bench/results/<date>-peers-rest.txt (summary table at the end).
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

SETS=()
for a in "$@"; do
  case $a in
    legal | awards) SETS+=("$a") ;;
    -h | --help) sed -n '2,30p' "$0"; exit 0 ;;
    *) die "unknown argument '$a' (data sets: legal awards)" ;;
  esac
done
((${#SETS[@]})) || SETS=(legal awards)

DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-20s}
REPS=${BENCH_REPS:-3}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-18083}
PLT_PORT=${PLT_PORT:-3043}
PLT_WORKERS=${PLT_WORKERS:-2}
PLT_VERSION=3.67.0
NODE_VERSION=22.23.3
CACHE=${BENCH_PEERS_CACHE:-$HOME/.cache/moha-bench}
PLT_DIR=$CACHE/plt
BASE=http://127.0.0.1:$PORT
PBASE=http://127.0.0.1:$PLT_PORT
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-peers-rest-$(IFS=-; echo "${SETS[*]}").txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }

need wrk wrk
need curl curl
need jq jq
need psql postgresql-client
need pgbench postgresql-contrib
need python3 python3
need npm npm
build_jar

# --- Platformatic DB (installed once; Node 22 because @platformatic/db 3.x needs node >= 22.19) ----------------
plt_install() {
  [ -x "$PLT_DIR/node_modules/.bin/wattpm" ] && [ -x "$PLT_DIR/node_modules/.bin/node" ] && return 0
  log "installing @platformatic/db $PLT_VERSION and node $NODE_VERSION from npm into $PLT_DIR"
  mkdir -p "$PLT_DIR"
  (cd "$PLT_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm install --no-audit --no-fund "node@$NODE_VERSION" "@platformatic/db@$PLT_VERSION" "wattpm@$PLT_VERSION" \
      >"$PLT_DIR/npm-install.log" 2>&1) || die "npm install failed; see $PLT_DIR/npm-install.log"
}
PLT_PID=
plt_start() { # plt_start <schema>
  local app=$SCRATCH/plt-app i
  mkdir -p "$app"
  cat >"$app/platformatic.json" <<JSON
{
  "\$schema": "https://schemas.platformatic.dev/@platformatic/db/$PLT_VERSION.json",
  "server": { "hostname": "127.0.0.1", "port": $PLT_PORT, "logger": { "level": "warn" } },
  "runtime": { "workers": $PLT_WORKERS, "logger": { "level": "warn" } },
  "db": { "connectionString": "postgres://postgres:postgres@127.0.0.1:$PGPORT/postgres", "schema": ["$1"],
          "graphql": false, "openapi": true }
}
JSON
  log "starting @platformatic/db ($PLT_WORKERS workers) on $PBASE over schema $1 of the same PostgreSQL (port $PGPORT)"
  (cd "$app" && PATH="$PLT_DIR/node_modules/.bin:$PATH" nohup wattpm start >"$SCRATCH/plt.log" 2>&1) &
  PLT_PID=$!
  for ((i = 0; i < 180; i++)); do
    curl -s -o /dev/null -m 2 "$PBASE/" && return 0
    kill -0 "$PLT_PID" 2>/dev/null || { tail -n 30 "$SCRATCH/plt.log" >&2; die "platformatic exited while starting"; }
    sleep 1
  done
  die "platformatic did not answer on $PBASE within 180 s; see $SCRATCH/plt.log"
}
plt_stop() {
  [ -n "$PLT_PID" ] || return 0
  local i
  pkill -TERM -P "$PLT_PID" 2>/dev/null || true # wattpm, started by the subshell whose pid we hold
  kill -TERM "$PLT_PID" 2>/dev/null || true
  for ((i = 0; i < 15; i++)); do pgrep -P "$PLT_PID" >/dev/null 2>&1 || break; sleep 1; done
  pkill -KILL -P "$PLT_PID" 2>/dev/null || true
  wait "$PLT_PID" 2>/dev/null || true
  PLT_PID=
}

cleanup() {
  local rc=$?
  plt_stop
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
curl -s -o /dev/null -m 2 "$BASE/health" && die "something already answers on $BASE; stop it or set BENCH_PORT"
curl -s -o /dev/null -m 2 "$PBASE/" && die "something already answers on $PBASE; stop it or set PLT_PORT"
plt_install

calib() {
  local s e
  s=$(date +%s.%N); head -c 268435456 /dev/zero | sha256sum >/dev/null; e=$(date +%s.%N)
  python3 -c "print(round(256 / ($e - $s)))"
}
{
  echo "# moha-opendata bench — REST peers (ours vs @platformatic/db $PLT_VERSION vs pgbench) — ${SETS[*]} — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "box calib: sha256sum $(calib) MB/s on 1 core (this VM's speed drifts: compare runs with similar calib)"
  echo "java: $(java -version 2>&1 | sed -n 2p); node (peer): $("$PLT_DIR/node_modules/.bin/node" -v); wrk: $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f2); $(pgbench -V)"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"
  echo "ours: HTTP_INSTANCES=${HTTP_INSTANCES:-default} DB_POOL_SIZE=${DB_POOL_SIZE:-default} JAVA_OPTS='${BENCH_JAVA_OPTS:-}' LOG_HTTP_LEVEL=WARN; peer: @platformatic/db $PLT_VERSION, runtime.workers=$PLT_WORKERS, default pg pool, same PostgreSQL"
  echo "load: wrk -t$THREADS -c$CONNS --timeout ${WRK_TIMEOUT:-10s}, warm-up $WARMUP per server and workload, then $REPS × $DURATION alternating ours/peer; loopback; wrk shares the 2 cores"
} | rec

# --- data dirs ------------------------------------------------------------------------------------------------
# ensure_legal_load: $DATA holds $ROWS legal documents (a fresh load otherwise, like bench/run.sh); the server
# is left running
ensure_legal_load() {
  local want
  want="rows=$ROWS migrations=$(migrations_fingerprint)"
  if ! load_reusable "$want"; then
    case $DATA in
      "$BENCH_DIR"/var-*) [ -e "$DATA" ] && { log "wiping $DATA (fresh load)"; rm -rf "$DATA"; } ;;
      *) [ -e "$DATA" ] && die "$DATA is not a complete load and is outside bench/var-*: remove it yourself" ;;
    esac
    log "loading $ROWS legal documents into $DATA (≈10 min at 1 M on a quiet box)"
  fi
  local from
  from=1
  [ -f "$DATA/server.log" ] && from=$(($(wc -l <"$DATA/server.log") + 1))
  start_server
  wait_ready
  echo "$want" >"$DATA/bench-loaded"
  # a first start builds the RDF store of every record in the background: wait for it, it would take a core
  if tail -n "+$from" "$SERVER_LOG" | grep -qE 'RDF store .*: (empty|no outbox cursor)'; then
    log "waiting for the RDF store build of the $ROWS documents (once per data dir)"
    WAIT_LOG_FROM=$from WAIT_LOG_FAIL='rebuild failed' wait_log 'RDF store rebuilt' "${BENCH_RDF_TIMEOUT:-3600}" \
      '"RDF store rebuilt" log line' >/dev/null
  fi
}

# one run: "<BENCH_RESULT fields>" of wrk, gated and noise-accounted; the raw output kept in the results file
measure() { # measure <label> <outfile> <wrk args…>
  local label=$1 out=$2 line noise; shift 2
  gate
  noise_begin
  line=$(BENCH_NAME=$label wrk_once "$out" "$DURATION" "$@")
  noise=$(python3 "$BENCH_DIR/cpu_noise.py" diff "$SCRATCH/noise.json" "$SERVER_PID" "$PGPID" ${PLT_PID:+"$PLT_PID"})
  {
    echo "  $label: $line"
    echo "    noise: $noise"
    sed 's/^/    | /' "$out"
  } >>"$RESULT_FILE"
  log "$label: $(field rps "$line") req/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms, non-2xx $(field non2xx "$line"); ${noise#*; }"
  echo "$line foreign=$(sed -n 's/.*= \([0-9]*\)% of.*/\1/p' <<<"$noise")"
}

declare -A RES
SUMMARY=()
# list: ours answers from its page cache after the first request (PageCache; the peer has none);
# list-fresh: ours reads the database every time (Cache-Control: no-cache), against the same peer list
read -r -a WORKLOADS <<<"${BENCH_WORKLOADS:-by-id list list-fresh}"

LUA=$BENCH_DIR/wrk
for set in "${SETS[@]}"; do
  case $set in
    legal)
      ROWS=${BENCH_ROWS:-1000000}
      DATA=${BENCH_LEGAL_DATA_DIR:-$BENCH_DIR/var-$(rows_label "$ROWS")}
      unset AWARDS_SEED_SIZE
      ensure_legal_load
      ;;
    awards)
      ROWS=1000
      AWARDS=${BENCH_AWARDS:-1000000}
      export AWARDS_SEED_SIZE=$AWARDS
      DATA=${BENCH_AWARDS_DATA_DIR:-$BENCH_DIR/var-awards-$(rows_label "$AWARDS")}
      ensure_awards_load
      log "$LOAD_NOTE"
      start_server
      wait_ready
      echo "rows=$ROWS awards=$AWARDS migrations=$(migrations_fingerprint) rdf=$RDF_LAYOUT" >"$DATA/bench-loaded"
      ;;
  esac
  PGPORT=$(pg_port)
  PGPID=$(head -n 1 "$DATA/postgres/postmaster.pid")
  export PGPASSWORD=postgres
  PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
  case $set in
    legal)
      TABLE=legaldocs.document; SCHEMA=legaldocs; ENTITY=legaldocsDocument
      OURS_ID=/api/v1/legal-documents/
      OURS_LIST="/api/v1/legal-documents?type=NGHI_DINH&status=in_force&limit=50"
      LIST_FIELDS=id,number,typeCode,title,issuerCode,signerName,signerTitle,issuedDate,effectiveDate,expiryDate,statusCode,fields,summary,modifiedAt
      ID_FIELDS=$LIST_FIELDS,fullText,origin,version,createdAt
      PEER_LIST="/$ENTITY/?where.typeCode.eq=NGHI_DINH&where.statusCode.eq=in_force&orderby.issuedDate=desc&orderby.id=desc&limit=50&fields=$LIST_FIELDS"
      SQL_CLASS=vn.gov.moha.opendata.datasets.legaldocs.LegalDocsRepo
      ;;
    awards)
      TABLE=awards.award; SCHEMA=awards; ENTITY=awardsAward
      TYPE=${BENCH_AWARD_TYPE:-$("${PSQL[@]}" -c "SELECT award_type FROM awards.award GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")}
      OURS_ID=/api/v1/awards/
      OURS_LIST="/api/v1/awards?type=$TYPE&limit=50"
      LIST_FIELDS=id,key,awardType,recipientKind,recipientName,recipientPosition,recipientUnit,posthumous,provinceKey,bodyKey,decisionNumber,decisionDate,deciderCode,year,withdrawnDate,origin
      ID_FIELDS=$LIST_FIELDS,methodCode,rationale,legalBasis,withdrawalDecision,withdrawalReason,version,modifiedAt
      PEER_LIST="/$ENTITY/?where.awardType.eq=$TYPE&orderby.decisionDate=desc&orderby.id=desc&limit=50&fields=$LIST_FIELDS"
      SQL_CLASS=vn.gov.moha.opendata.datasets.awards.AwardsApi
      ;;
  esac
  read -r MIN_ID MAX_ID COUNT < <("${PSQL[@]}" -F ' ' -c "SELECT min(id), max(id), count(*) FROM $TABLE")
  ((MAX_ID - MIN_ID + 1 == COUNT)) || log "WARNING: ids of $TABLE are not dense ($MIN_ID..$MAX_ID, $COUNT rows): by-id counts misses as non-2xx"
  plt_start "$SCHEMA"
  {
    echo
    echo "## $set — $COUNT rows in $TABLE (ids $MIN_ID..$MAX_ID), PostgreSQL port $PGPORT, database $(du -sh "$DATA/postgres" | cut -f1)"
    echo "ours: $BASE  peer: $PBASE (pid $PLT_PID)"
  } | rec
  # checks: both answer 200 for an id with the same title or name; the same list of 50 ids.
  for id in "$MIN_ID" $(((MIN_ID + MAX_ID) / 2)) "$MAX_ID"; do
    o=$(curl -s -w ' %{http_code} %{size_download}' -o "$SCRATCH/o.json" "$BASE$OURS_ID$id")
    p=$(curl -s -w ' %{http_code} %{size_download}' -o "$SCRATCH/p.json" "$PBASE/$ENTITY/$id?fields=$ID_FIELDS")
    ot=$(jq -r '.title // .recipient.name // empty' "$SCRATCH/o.json"); pt=$(jq -r '.title // .recipientName // empty' "$SCRATCH/p.json")
    same=no; [ -n "$ot" ] && [ "$ot" = "$pt" ] && same=yes
    echo "  check id $id: ours HTTP/bytes$o, peer HTTP/bytes$p, same title/name: $same" | rec
  done
  curl -s -o "$SCRATCH/o.json" "$BASE$OURS_LIST"; curl -s -o "$SCRATCH/p.json" "$PBASE$PEER_LIST"
  oi=$(jq -c '[.items[].id|tostring]' "$SCRATCH/o.json"); pi=$(jq -c '[.[].id|tostring]' "$SCRATCH/p.json")
  echo "  check list: ours' page cache: first $(curl -s -o /dev/null -D - "$BASE$OURS_LIST" | tr -d '\r' | sed -n 's/^[Cc]ache-[Ss]tatus: //p'), then $(curl -s -o /dev/null -D - "$BASE$OURS_LIST" | tr -d '\r' | sed -n 's/^[Cc]ache-[Ss]tatus: //p'); with Cache-Control: no-cache $(curl -s -o /dev/null -D - -H 'Cache-Control: no-cache' "$BASE$OURS_LIST" | tr -d '\r' | sed -n 's/^[Cc]ache-[Ss]tatus: //p')" | rec
  echo "  check list: ours $(jq '.items | length' "$SCRATCH/o.json") items ($(wc -c <"$SCRATCH/o.json") bytes), peer $(jq length "$SCRATCH/p.json") items ($(wc -c <"$SCRATCH/p.json") bytes), same ids in the same order: $([ "$oi" = "$pi" ] && echo yes || echo no)" | rec

  # wrk argument sets (the VAR=value prefixes reach wrk: bash exports a function call's temporary assignments)
  run() { # run <who> <workload> <outfile> <duration>
    local who=$1 w=$2 out=$3 dur=$4 url
    case $who-$w in
      ours-by-id) WRK_PREFIX=$OURS_ID WRK_MIN_ID=$MIN_ID WRK_MAX_ID=$MAX_ID "$5" "$out" "$dur" -s "$LUA/random_id.lua" "$BASE" ;;
      peer-by-id) WRK_PREFIX=/$ENTITY/ WRK_SUFFIX="?fields=$ID_FIELDS" WRK_MIN_ID=$MIN_ID WRK_MAX_ID=$MAX_ID \
        "$5" "$out" "$dur" -s "$LUA/random_id.lua" "$PBASE" ;;
      ours-list) "$5" "$out" "$dur" -s "$LUA/fixed.lua" "$BASE$OURS_LIST" ;;
      # the same page read from the database every time (the page cache skipped: Cache-Control: no-cache)
      ours-list-fresh) "$5" "$out" "$dur" -H 'Cache-Control: no-cache' -s "$LUA/fixed.lua" "$BASE$OURS_LIST" ;;
      peer-list | peer-list-fresh) "$5" "$out" "$dur" -s "$LUA/fixed.lua" "$PBASE$PEER_LIST" ;;
    esac
  }
  warm() { BENCH_NAME=warm-up wrk_once "$1" "$2" "${@:3}" >/dev/null; }
  meas() { local out=$1; shift 2; measure "$LABEL" "$out" "$@"; }
  for w in "${WORKLOADS[@]}"; do
    for who in ours peer; do
      log "$set $w $who: warm-up $WARMUP"
      run "$who" "$w" "$SCRATCH/warm.txt" "$WARMUP" warm
    done
    lines_ours=(); lines_peer=()
    for ((r = 1; r <= REPS; r++)); do
      for who in ours peer; do
        LABEL=$set-$w-$who-r$r
        line=$(run "$who" "$w" "$SCRATCH/$LABEL.txt" "$DURATION" meas)
        if [ "$who" = ours ]; then lines_ours+=("$line"); else lines_peer+=("$line"); fi
      done
    done
    # the median run by req/s
    RES[$set-$w-ours]=$(printf '%s\n' "${lines_ours[@]}" | awk '{for (i = 1; i <= NF; i++) if ($i ~ /^rps=/) print substr($i, 5), $0}' | sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}' | cut -d' ' -f2-)
    RES[$set-$w-peer]=$(printf '%s\n' "${lines_peer[@]}" | awk '{for (i = 1; i <= NF; i++) if ($i ~ /^rps=/) print substr($i, 5), $0}' | sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}' | cut -d' ' -f2-)
    RES[$set-$w-ours-all]=$(printf '%s\n' "${lines_ours[@]}" | sed -n 's/.* rps=\([0-9.]*\).*/\1/p' | paste -sd/)
    RES[$set-$w-peer-all]=$(printf '%s\n' "${lines_peer[@]}" | sed -n 's/.* rps=\([0-9.]*\).*/\1/p' | paste -sd/)
  done
  plt_stop

  # the database ceiling: the by-id statement of our handler, prepared, random ids, PGBENCH_CLIENTS clients
  java -cp "$SCRATCH/server.jar" "$BENCH_DIR/peers/SqlOf.java" "$SQL_CLASS" GET >"$SCRATCH/get.sql"
  { echo "\\set id random($MIN_ID, $MAX_ID)"; sed 's/\$1/:id/g' "$SCRATCH/get.sql"; echo ';'; } >"$SCRATCH/pgbench.sql"
  {
    echo "  pgbench script (the statement of ours by-id, from $SQL_CLASS.GET):"
    sed 's/^/    /' "$SCRATCH/pgbench.sql"
  } >>"$RESULT_FILE"
  pgb=()
  for ((r = 1; r <= REPS; r++)); do
    gate
    noise_begin
    pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -M prepared -c "${PGBENCH_CLIENTS:-8}" -j 2 -T "${PGBENCH_TIME:-20}" \
      -f "$SCRATCH/pgbench.sql" postgres >"$SCRATCH/pgbench.txt" 2>&1 || true
    noise=$(python3 "$BENCH_DIR/cpu_noise.py" diff "$SCRATCH/noise.json" "$SERVER_PID" "$PGPID")
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$SCRATCH/pgbench.txt" | head -n 1)
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$SCRATCH/pgbench.txt")
    { echo "  pgbench r$r: tps=$tps latency_avg_ms=$lat; noise: $noise"; sed 's/^/    | /' "$SCRATCH/pgbench.txt"; } >>"$RESULT_FILE"
    log "$set pgbench r$r: $tps tps; ${noise#*; }"
    pgb+=("${tps:-0} $(sed -n 's/.*= \([0-9]*\)% of.*/\1/p' <<<"$noise")")
  done
  RES[$set-pgbench]=$(printf '%s\n' "${pgb[@]}" | sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}')
  RES[$set-pgbench-all]=$(printf '%s\n' "${pgb[@]}" | awk '{printf "%.0f\n", $1}' | paste -sd/)
  stop_server
  SUMMARY+=("$set")
done

# --- summary --------------------------------------------------------------------------------------------------
{
  echo
  echo "## Summary — wrk -t$THREADS -c$CONNS, $DURATION, median of $REPS alternating runs, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| data set | workload | ours req/s | ours p50 / p99 ms | Platformatic ($PLT_WORKERS workers) req/s | its p50 / p99 ms | ratio | pgbench by-id tps (prepared, ${PGBENCH_CLIENTS:-8} clients) | ours / ceiling | target ≥3× & p99 < 10 ms | foreign CPU ours / peer | runs ours ; peer |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for set in "${SUMMARY[@]}"; do
    read -r tps pfg <<<"${RES[$set-pgbench]}"
    for w in "${WORKLOADS[@]}"; do
      o=${RES[$set-$w-ours]}; p=${RES[$set-$w-peer]}
      python3 - "$set" "$w" "$o" "$p" "$tps" "${pfg:-?}" "${RES[$set-$w-ours-all]}" "${RES[$set-$w-peer-all]}" <<'PY'
import sys
s, w, o, p, tps, pfg, oall, pall = sys.argv[1:]
f = lambda line: dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
o, p = f(o), f(p)
orps, prps = float(o.get("rps", 0)), float(p.get("rps", 0))
ratio = orps / prps if prps else 0
ceil = f"{orps / float(tps) * 100:.0f} %" if w == "by-id" and tps else "—"
tp = f"{float(tps):,.0f}".replace(",", " ") if w == "by-id" and tps else "—"
holds = "yes" if ratio >= 3 and float(o.get("p99_ms", 1e9)) < 10 else "NO"
errs = lambda d: int(d.get("non2xx", 0)) + sum(int(d.get(k, 0)) for k in ("err_connect", "err_read", "err_write", "err_timeout"))
e = f" ({errs(o)} errors)" if errs(o) else ""
ep = f" ({errs(p)} errors)" if errs(p) else ""
print(f"| {s} | {w} | {orps:,.0f}{e} | {float(o.get('p50_ms', 0)):.1f} / {float(o.get('p99_ms', 0)):.1f} | {prps:,.0f}{ep} | "
      f"{float(p.get('p50_ms', 0)):.1f} / {float(p.get('p99_ms', 0)):.1f} | {ratio:.2f}× | {tp} | {ceil} | {holds} | "
      f"{o.get('foreign', '?')} % / {p.get('foreign', '?')} % | {oall} ; {pall} |".replace(",", " "))
PY
    done
  done
  echo
  echo "pgbench runs (tps): $(for set in "${SUMMARY[@]}"; do printf '%s %s; ' "$set" "${RES[$set-pgbench-all]}"; done)"
} | rec
log "results: $RESULT_FILE"
