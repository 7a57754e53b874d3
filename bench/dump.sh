#!/usr/bin/env bash
# Whole-dataset dump of 1 000 000 conferred awards under a small heap (issue 5: "a 1,000,000-award dump streams
# with a flat heap"), with PostgreSQL's COPY of the same table as the reference (issue 9). See bench/README.md.
#
#   bench/dump.sh                         # 1 M awards, server with -Xmx256m: awards.csv and awards.nt + COPY (≈8 min)
#   BENCH_REPS=3 bench/dump.sh            # 3 measured downloads of each file (median reported)
#   BENCH_AWARDS=50000 bench/dump.sh      # smaller data set (data dir bench/var-awards-50k)
#   BENCH_FILES="awards.ttl awards.ndjson" bench/dump.sh   # other downloads
#
# First run on an empty data dir: seeds (≈4 min at 1 M) and waits for the RDF store rebuild (≈10 min at 1 M)
# with JVM defaults, stops, then restarts with the measured heap. Later runs reuse bench/var-awards-<n>.
# Steps: idle heap baseline (BENCH_IDLE s) → BENCH_REPS × awards.nt and awards.ttl to /dev/null (bytes, seconds,
# rows/s, triples/s; the first awards.nt is also piped through wc -l for the triple count) → idle again → COPY
# (SELECT * FROM awards.open_award ORDER BY key) TO STDOUT via psql × COPY_REPS (the rows and columns we serve), and
# COPY awards.award TO STDOUT (the bare table, the peers' method) × COPY_REPS; the target is ≥ 50 % of COPY. The JVM heap is
# sampled every second (jstat -gc) and every GC is logged (-Xlog:gc), so the report gives the heap used and the
# heap left after each GC, before / during / after the dumps.
# Knobs: BENCH_FILES (awards.csv awards.nt; any of awards.{nt,ttl,csv,json,ndjson}), DOWNLOAD_CACHE (false here: every
# download streams from the database; true = the server's default, a version's second download is served from the
# file the first one wrote),
# BENCH_AWARDS (1000000), BENCH_ROWS (1000 legal documents), BENCH_HEAP (256m), BENCH_JAVA_OPTS (extra JVM
# flags), BENCH_REPS (1), COPY_REPS (3), BENCH_IDLE (10), BENCH_PORT (18081), BENCH_DATA_DIR
# (bench/var-awards-<n>), BENCH_FRESH (0), BENCH_LOAD_JAVA_OPTS (JVM flags of the loading start), BENCH_RDF_TIMEOUT
# (3600 s), BENCH_DUMP_TIMEOUT (1800 s per download), QUIET_MAX / QUIET_BUSY (60 s / 25 %).
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
case ${1:-} in -h | --help) sed -n '2,19p' "$0"; exit 0 ;; "") ;; *) die "no arguments (knobs are environment variables; see --help)" ;; esac

AWARDS=${BENCH_AWARDS:-1000000}
read -r -a FILES <<<"${BENCH_FILES:-awards.csv awards.nt}"
export DOWNLOAD_CACHE=${DOWNLOAD_CACHE:-false}
for f in "${FILES[@]}"; do [[ $f =~ ^awards\.(nt|ttl|csv|json|ndjson)$ ]] || die "BENCH_FILES: $f is not an awards download"; done
ROWS=${BENCH_ROWS:-1000}
[[ $AWARDS =~ ^[0-9]+$ && $ROWS =~ ^[0-9]+$ ]] || die "BENCH_AWARDS and BENCH_ROWS must be numbers"
export AWARDS_SEED_SIZE=$AWARDS
HEAP=${BENCH_HEAP:-256m}
REPS=${BENCH_REPS:-1}
COPY_REPS=${COPY_REPS:-3}
IDLE=${BENCH_IDLE:-10}
PORT=${BENCH_PORT:-18081}
LABEL=$(rows_label "$AWARDS")
DATA=${BENCH_DATA_DIR:-$BENCH_DIR/var-awards-$LABEL}
BASE=http://127.0.0.1:$PORT
DUMP_TIMEOUT=${BENCH_DUMP_TIMEOUT:-1800}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-awards-$LABEL-dump.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }

need curl curl
need jq jq
need psql postgresql-client
need python3 python3
command -v jstat >/dev/null || die "jstat (JDK) is needed to sample the heap"
build_jar

cleanup() {
  local rc=$?
  heap_sampler_stop
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

curl -s -o /dev/null -m 2 "$BASE/health" && die "something already answers on $BASE; stop it or set BENCH_PORT"
ensure_awards_load

calib() {
  local s e
  s=$(date +%s.%N); head -c 268435456 /dev/zero | sha256sum >/dev/null; e=$(date +%s.%N)
  python3 -c "print(round(256 / ($e - $s)))"
}
GCLOG=$SCRATCH/gc.log
HEAPLOG=$SCRATCH/heap.txt
JOPTS="-Xmx$HEAP -Xlog:gc:file=$GCLOG:timemillis ${BENCH_JAVA_OPTS:-}"
{
  echo "# moha-opendata bench — dump of $AWARDS awards (${FILES[*]}) under -Xmx$HEAP, DOWNLOAD_CACHE=${DOWNLOAD_CACHE:-true} — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "box calib: sha256sum $(calib) MB/s on 1 core"
  echo "java: $(java -version 2>&1 | sed -n 2p); curl $(curl -V | head -n 1 | cut -d' ' -f2); $(psql -V)"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"
  echo "data: $LOAD_NOTE"
  echo "server: java $JOPTS -jar moha-opendata.jar; DATA_DIR=$DATA SEED_SIZE=$ROWS AWARDS_SEED_SIZE=$AWARDS HTTP_PORT=$PORT LOG_HTTP_LEVEL=WARN"
  echo
} | rec

# --- start with the measured heap ---
T0=$SECONDS
LOG_FROM=$(cat "$DATA/server.log" 2>/dev/null | wc -l)
run_log() { tail -n +"$((LOG_FROM + 1))" "$SERVER_LOG"; } # this run's part of the (appended) server log
BENCH_JAVA_OPTS=$JOPTS start_server
wait_ready
echo "start: restart to ready $((SECONDS - T0)) s" | rec
PGPORT=$(pg_port)
[[ $PGPORT =~ ^[0-9]+$ ]] || die "no embedded PostgreSQL port in $SERVER_LOG"
export PGPASSWORD=postgres
PSQL=(psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
NAWARDS=$("${PSQL[@]}" -At -c "SELECT count(*) FROM awards.open_award")
[[ $NAWARDS =~ ^[0-9]+$ ]] || die "could not count awards.open_award"
echo "awards: $NAWARDS rows in awards.open_award (PostgreSQL on 127.0.0.1:$PGPORT); database on disk $(du -sh "$DATA/postgres" | cut -f1); RDF store $(du -sh "$DATA/rdf" 2>/dev/null | cut -f1)" | rec
((NAWARDS > 0)) || die "no awards to dump"

heap_sampler_start "$HEAPLOG"
declare -A PH_FROM PH_TO
phase_begin() { PH_FROM[$1]=$EPOCHREALTIME; }
phase_end() { PH_TO[$1]=$EPOCHREALTIME; }
rss() { ps -o rss= -p "$SERVER_PID" 2>/dev/null | awk '{printf "%.0f", $1/1024}'; }

# --- idle baseline ---
gate
phase_begin idle-before
sleep "$IDLE"
phase_end idle-before
RSS_BEFORE=$(rss)

# one download: "<http code> <bytes> <seconds> <seconds to first byte> <accept-ranges> <curl exit status>". The first awards.nt also counts its lines
# (= triples) and rdf:type triples on the way (wc -l and grep -c read the stream next to curl: cheap, and it saves
# a whole extra download)
TRIPLES=0
fetch() {
  if [ "$1" = awards.nt ] && ((TRIPLES == 0)); then
    curl -s -m "$DUMP_TIMEOUT" -w '%{http_code} %{size_download} %{time_total} %{time_starttransfer} %header{accept-ranges}' \
      -o >(tee >(grep -c '^<[^>]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ' >"$SCRATCH/typed") | wc -l >"$SCRATCH/lines") \
      "$BASE/downloads/$1"
  else
    curl -s -m "$DUMP_TIMEOUT" -o /dev/null -w '%{http_code} %{size_download} %{time_total} %{time_starttransfer} %header{accept-ranges}' "$BASE/downloads/$1"
  fi
  # curl's exit status as a last field: a stream the server aborts after its headers still says 200, but ends
  # without its last chunk (curl 18, partial transfer)
  echo " $?"
}

{
  echo
  echo "## headers of GET /downloads/${FILES[0]}"
  # (the body is streamed: head closes the pipe after the headers, which stops curl and the server's dump)
  { curl -s -m 30 -N -D - "$BASE/downloads/${FILES[0]}" 2>/dev/null || true; } | head -n 30 | tr -d '\r' | sed '/^$/q' | sed 's/^/    /'
} | rec
# --- measured downloads ---
declare -A RES
for f in "${FILES[@]}"; do
  lines=()
  for ((r = 1; r <= REPS; r++)); do
    gate
    noise_begin
    log "download $f ($r/$REPS)"
    phase_begin "$f-$r"
    out=$(fetch "$f" | tr '\n' ' ')
    phase_end "$f-$r"
    rc=${out% } && rc=${rc##* }     # the last field (accept-ranges may be empty)
    read -r code bytes secs ttfb kind _ <<<"$out"
    [ "$kind" = "$rc" ] && kind=
    # an incomplete download is no result (the rows/s would count rows never sent)
    [ "$rc" = 0 ] || die "GET /downloads/$f ended incomplete (curl exit $rc, HTTP $code, $bytes bytes): see $SERVER_LOG"
    if [ "$f" = awards.nt ] && ((TRIPLES == 0)); then
      for _ in $(seq 30); do [ -s "$SCRATCH/lines" ] && [ -s "$SCRATCH/typed" ] && break; sleep 1; done
      TRIPLES=$(cat "$SCRATCH/lines" 2>/dev/null || echo 0)
      echo "triples: $TRIPLES lines in awards.nt (wc -l), of which $(cat "$SCRATCH/typed" 2>/dev/null) rdf:type triples" | rec
      ((TRIPLES > 0)) || die "awards.nt was empty"
    fi
    noise=$(noise_end)
    alive=yes; kill -0 "$SERVER_PID" 2>/dev/null || alive=NO
    line=$(python3 - "$code" "$bytes" "$secs" "$ttfb" "$NAWARDS" "$TRIPLES" "${kind:-?}" <<'PY'
import sys
code, b, s, t, n, tr = sys.argv[1], int(sys.argv[2] or 0), float(sys.argv[3] or 0), float(sys.argv[4] or 0), int(sys.argv[5]), int(sys.argv[6])
s = s or 1e-9
print(f"http={code} served={'file' if sys.argv[7] == 'bytes' else 'stream'} bytes={b} mib={b / 1048576:.1f} seconds={s:.2f} first_byte_s={t:.3f} rows_per_s={n / s:.0f} "
      f"triples_per_s={tr / s:.0f} mib_per_s={b / 1048576 / s:.1f}")
PY
)
    hs=$(heap_stats "$HEAPLOG" "${PH_FROM[$f-$r]}" "${PH_TO[$f-$r]}")
    gs=$(gc_after_stats "$GCLOG" "${PH_FROM[$f-$r]}" "${PH_TO[$f-$r]}")
    {
      echo
      echo "## GET /downloads/$f, run $r: curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total} %{time_starttransfer}' $BASE/downloads/$f"
      echo "  result: $line"
      echo "  heap (jstat, 1 s): $hs"
      echo "  heap after GC (-Xlog:gc): $gs"
      echo "  server alive after: $alive; JVM RSS $(rss) MiB"
      echo "  noise: $noise"
    } | rec
    lines+=("$(field seconds "$line") $r")
    RES[$f-$r]="$line|$hs|$gs"
  done
  med=$(printf '%s\n' "${lines[@]}" | sort -g | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
  RES[$f]=${RES[$f-$med]}
done

# --- idle after ---
phase_begin idle-after
sleep "$IDLE"
phase_end idle-after
heap_sampler_stop

# --- PostgreSQL COPY (issue 9's reference): of the rows and columns we serve, and of the bare table ---
# copy_median <sql>: COPY_REPS runs of psql -c <sql> to wc -c, each gated and noise-accounted; prints the median rows/s
copy_median() {
  local r s e cbytes rps copies=()
  for ((r = 1; r <= COPY_REPS; r++)); do
    gate
    noise_begin
    s=$(date +%s.%N)
    cbytes=$("${PSQL[@]}" -c "$1" | wc -c)
    e=$(date +%s.%N)
    rps=$(python3 -c "print(round($NAWARDS / ($e - $s)))")
    echo "  run $r: $cbytes bytes CSV, $(python3 -c "print(f'{$e - $s:.2f}')") s, $rps rows/s; noise: $(noise_end)" | rec >&2
    copies+=("$rps")
  done
  printf '%s\n' "${copies[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
COPY_SQL="COPY (SELECT * FROM awards.open_award ORDER BY key) TO STDOUT (FORMAT csv)"
TABLE_SQL="COPY awards.award TO STDOUT (FORMAT csv)"
{
  echo
  echo "## COPY reference: PGPASSWORD=postgres psql -X -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -c \"$COPY_SQL\" > /dev/null"
} | rec
COPY_RPS=$(copy_median "$COPY_SQL")
echo "## COPY of the bare table (the peers' method): psql … -c \"$TABLE_SQL\" > /dev/null" | rec
TABLE_RPS=$(copy_median "$TABLE_SQL")

# --- summary ---
idle_b=$(heap_stats "$HEAPLOG" "${PH_FROM[idle-before]}" "${PH_TO[idle-before]}")
idle_a=$(heap_stats "$HEAPLOG" "${PH_FROM[idle-after]}" "${PH_TO[idle-after]}")
gall=$(gc_after_stats "$GCLOG" "${PH_FROM[idle-before]}" "${PH_TO[idle-after]}")
oom=$(run_log | grep -c 'OutOfMemoryError' || true)
{
  echo
  echo "## Summary — $NAWARDS awards, $TRIPLES triples, -Xmx$HEAP, $(date -u +%Y-%m-%dT%H:%MZ) (median of $REPS)"
  echo
  echo "| file | HTTP | MiB | seconds | first byte s | rows/s | triples/s | MiB/s | vs COPY of the view ($COPY_RPS rows/s) | vs COPY of the table ($TABLE_RPS rows/s) | target ≥ 50 % of COPY (view) | heap used max MiB (jstat) | old gen max MiB | heap after GC min–max MiB | GCs (young / full) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for f in "${FILES[@]}"; do
    IFS='|' read -r l hs gs <<<"${RES[$f]}"
    frac=$(python3 -c "print(f'{$(field rows_per_s "$l") / $COPY_RPS * 100:.0f} %')")
    tfrac=$(python3 -c "print(f'{$(field rows_per_s "$l") / $TABLE_RPS * 100:.0f} %')")
    holds=$(python3 -c "print('yes' if $(field rows_per_s "$l") >= 0.5 * $COPY_RPS else 'NO')")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s–%s | %s / %s |\n' "$f" "$(field http "$l")" "$(field mib "$l")" \
      "$(field seconds "$l")" "$(field first_byte_s "$l")" "$(field rows_per_s "$l")" "$(field triples_per_s "$l")" \
      "$(field mib_per_s "$l")" "$frac" "$tfrac" "$holds" "$(field used_max_mib "$hs")" "$(field old_max_mib "$hs")" \
      "$(field after_gc_min_mib "$gs")" "$(field after_gc_max_mib "$gs")" "$(field ygc "$hs")" "$(field fgc "$hs")"
  done
  echo
  echo "heap idle before ($IDLE s): $idle_b"
  echo "heap idle after ($IDLE s): $idle_a"
  echo "every GC from idle-before to idle-after: $gall"
  echo "JVM RSS: $RSS_BEFORE MiB before the dumps, $(rss) MiB after"
  echo "server: $(kill -0 "$SERVER_PID" 2>/dev/null && echo 'still running' || echo 'NOT RUNNING'); OutOfMemoryError in the log: $oom"
  nerr=$(run_log | grep -cE ' (ERROR|WARN) ' || true)
  echo "server log: $nerr WARN/ERROR lines in this run of $SERVER_LOG (last ones below)"
  run_log | grep -E ' (ERROR|WARN) ' | tail -n 5 | cut -c1-300 | sed 's/^/    /'
  echo
  echo "## heap samples (jstat -gc, KiB; first column = epoch s)"
  sed 's/^/    /' "$HEAPLOG"
  echo
  echo "## GC log (-Xlog:gc)"
  sed 's/^/    /' "$GCLOG"
  echo
  echo "phases (epoch s):"
  for p in "${!PH_FROM[@]}"; do echo "    $p ${PH_FROM[$p]} .. ${PH_TO[$p]:-}"; done | sort -k2 -g
} | rec
log "results: $RESULT_FILE"
