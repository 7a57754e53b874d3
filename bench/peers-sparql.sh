#!/usr/bin/env bash
# Issue 9, benchmark 4: our SPARQL endpoint vs Apache Jena Fuseki 5.6.0 and Oxigraph 0.5.11 (npm, behind
# bench/peers/oxigraph_server.mjs) on the same triples, same machine, alternately.
#
#   bench/peers-sparql.sh                          # ≈12 min on an existing load (the first run loads ≈5 min more)
#   BENCH_REPS=1 BENCH_DURATION=10s bench/peers-sparql.sh    # a quick look
#
# Data: bench/var-sparql-<awards> — BENCH_AWARDS (50 000) awards and BENCH_ROWS (20 000) legal documents plus every
# other data set's demo, loaded and turned into RDF by our server once (≈1 M triples: the size of the peer anchors;
# Oxigraph's WASM store holds everything in a 4 GiB address space, so 1 M awards (18.7 M triples) is out of its reach).
# Our store's default graph (the union of its graphs) is exported as N-Triples with bench/peers/DumpStore.java; Fuseki
# loads it with tdb2.tdbloader into TDB2 (the storage we use too) and serves it with the 32 KiB Jetty output buffer
# (bench/peers/fuseki-jetty.xml; FUSEKI_STORE=mem: in-memory --file instead); Oxigraph loads it per worker.
# Queries (Accept: application/sparql-results+json):
#   lookup  SELECT ?p ?o WHERE { <uri> ?p ?o }, uri random among the awards and legal documents,
#           wrk --latency -t2 -c32 BENCH_DURATION after a warm-up: req/s, p50/p99
#   count   SELECT (COUNT(?a) AS ?n) WHERE { ?a a moha:AwardConferral ; moha:awardType <type> ; dct:date ?d .
#           FILTER(2015-01-01 ≤ ?d < 2020-01-01) } — answer checked against SQL; one client, COUNT_RUNS sequential curls
#           (after COUNT_WARMUP unrecorded): median / p90 ms
# The servers all stay up; every measured run is gated on a quiet box and noise-accounted; order per repetition:
# ours, Fuseki, Oxigraph (lookups), then the same for the count. Medians of BENCH_REPS.
# Knobs: BENCH_AWARDS (50000), BENCH_ROWS (20000), BENCH_DURATION (20s), BENCH_WARMUP (20s), BENCH_REPS (3),
# BENCH_CONNS (32), BENCH_THREADS (2), COUNT_RUNS (20), COUNT_WARMUP (5), OX_WORKERS (2), FUSEKI_HEAP (4g),
# FUSEKI_STORE (tdb2 | mem), BENCH_PORT (18084), FUSEKI_PORT (3031), OX_PORT (7879), BENCH_PEERS_CACHE
# (~/.cache/moha-bench), BENCH_FRESH (0), SPARQL_MAX_CONCURRENT etc. pass through to our server.
# Result: bench/results/<date>-peers-sparql.txt.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
case ${1:-} in -h | --help) sed -n '2,27p' "$0"; exit 0 ;; "") ;; *) die "no arguments (knobs are environment variables)" ;; esac

AWARDS=${BENCH_AWARDS:-50000}
ROWS=${BENCH_ROWS:-20000}
export AWARDS_SEED_SIZE=$AWARDS
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-20s}
REPS=${BENCH_REPS:-3}
CONNS=${BENCH_CONNS:-32}
THREADS=${BENCH_THREADS:-2}
COUNT_RUNS=${COUNT_RUNS:-20}
COUNT_WARMUP=${COUNT_WARMUP:-5}
OX_WORKERS=${OX_WORKERS:-2}
FUSEKI_STORE=${FUSEKI_STORE:-tdb2}
PORT=${BENCH_PORT:-18084}
FUSEKI_PORT=${FUSEKI_PORT:-3031}
OX_PORT=${OX_PORT:-7879}
FUSEKI_VERSION=5.6.0
OX_VERSION=0.5.11
CACHE=${BENCH_PEERS_CACHE:-$HOME/.cache/moha-bench}
FUSEKI_JAR=$CACHE/fuseki/jena-fuseki-server-$FUSEKI_VERSION.jar
OX_DIR=$CACHE/oxigraph
BASE=http://127.0.0.1:$PORT
FBASE=http://127.0.0.1:$FUSEKI_PORT
OBASE=http://127.0.0.1:$OX_PORT
DATA=${BENCH_DATA_DIR:-$BENCH_DIR/var-sparql-$(rows_label "$AWARDS")}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-peers-sparql.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }

need wrk wrk
need curl curl
need jq jq
need psql postgresql-client
need python3 python3
need npm npm
command -v mvn >/dev/null || die "mvn is needed once to fetch jena-fuseki-server from Maven Central"
build_jar

# --- peers: installed once -------------------------------------------------------------------------------------
if [ ! -f "$FUSEKI_JAR" ]; then
  log "fetching org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION from Maven Central into $CACHE/fuseki"
  mkdir -p "$CACHE/fuseki"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
    -Dartifact=org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION -DoutputDirectory="$CACHE/fuseki" ||
    die "could not fetch jena-fuseki-server"
fi
if [ ! -f "$OX_DIR/node_modules/oxigraph/package.json" ]; then
  log "installing oxigraph@$OX_VERSION from npm into $OX_DIR"
  mkdir -p "$OX_DIR"
  (cd "$OX_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm install --no-audit --no-fund "oxigraph@$OX_VERSION" >npm-install.log 2>&1) || die "npm install oxigraph failed"
fi

FUSEKI_PID=
OX_PID=
cleanup() {
  local rc=$? p
  for p in $FUSEKI_PID $OX_PID; do
    kill -TERM "$p" 2>/dev/null || true
  done
  for p in $FUSEKI_PID $OX_PID; do
    wait "$p" 2>/dev/null || true
  done
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for u in "$BASE/health" "$FBASE/" "$OBASE/"; do
  curl -s -o /dev/null -m 2 "$u" && die "something already answers on $u; stop it or change the port knobs"
done

calib() {
  local s e
  s=$(date +%s.%N); head -c 268435456 /dev/zero | sha256sum >/dev/null; e=$(date +%s.%N)
  python3 -c "print(round(256 / ($e - $s)))"
}
{
  echo "# moha-opendata bench — SPARQL peers (ours vs Fuseki $FUSEKI_VERSION vs Oxigraph $OX_VERSION) — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "box calib: sha256sum $(calib) MB/s on 1 core (this VM's speed drifts: compare runs with similar calib)"
  echo "java: $(java -version 2>&1 | sed -n 2p); node: $(node -v); wrk: $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f2)"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"
  echo "load: lookups wrk -t$THREADS -c$CONNS, warm-up $WARMUP per server, then $REPS × $DURATION alternating; count: 1 client, $COUNT_WARMUP + $COUNT_RUNS curls per server and repetition"
} | rec

# --- our data: load once, export the default graph ----------------------------------------------------------------
ensure_awards_load
echo "data: $DATA; $LOAD_NOTE" | rec
NT=$DATA/store.nt
MARK="$(cat "$DATA/bench-loaded") $(stat -c %Y "$DATA/rdf" 2>/dev/null)"
if [ ! -s "$NT" ] || [ "$(cat "$NT.from" 2>/dev/null)" != "$MARK" ]; then
  log "exporting our store's default graph (union of its graphs) as N-Triples"
  cp "$JAR" "$SCRATCH/export.jar"
  TRIPLES=$(java -cp "$SCRATCH/export.jar" "$BENCH_DIR/peers/DumpStore.java" "$DATA/rdf" "$NT.tmp" | tail -n 1)
  mv "$NT.tmp" "$NT"
  echo "$MARK" >"$NT.from"
  rm -rf "$DATA/fuseki-tdb2"
fi
TRIPLES=$(wc -l <"$NT")
echo "triples: $TRIPLES ($(du -h "$NT" | cut -f1) of N-Triples, $NT)" | rec

# --- start the three servers ------------------------------------------------------------------------------------
start_server
wait_ready
PGPORT=$(pg_port)
PGPID=$(head -n 1 "$DATA/postgres/postmaster.pid")
export PGPASSWORD=postgres
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

t0=$(date +%s.%N)
if [ "$FUSEKI_STORE" = tdb2 ]; then
  if [ ! -d "$DATA/fuseki-tdb2" ]; then
    log "loading the N-Triples into Fuseki's TDB2 (tdb2.tdbloader)"
    java -Xmx2g -cp "$FUSEKI_JAR" tdb2.tdbloader --loc "$DATA/fuseki-tdb2" "$NT" >"$SCRATCH/tdbloader.log" 2>&1 ||
      { tail "$SCRATCH/tdbloader.log" >&2; die "tdb2.tdbloader failed"; }
    echo "fuseki: tdb2.tdbloader $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s" | rec
  fi
  FARGS=(--tdb2 --loc="$DATA/fuseki-tdb2" /ds)
else
  FARGS=(--file="$NT" /ds)
fi
log "starting Fuseki $FUSEKI_VERSION ($FUSEKI_STORE, tuned Jetty buffer) on $FBASE"
t0=$(date +%s.%N)
mkdir -p "$SCRATCH/fuseki-base"
(cd "$SCRATCH" && FUSEKI_BASE=$SCRATCH/fuseki-base exec java -Xmx"${FUSEKI_HEAP:-4g}" -Dfuseki.port="$FUSEKI_PORT" \
  -jar "$FUSEKI_JAR" --jetty="$BENCH_DIR/peers/fuseki-jetty.xml" "${FARGS[@]}" >"$SCRATCH/fuseki.log" 2>&1) &
FUSEKI_PID=$!
log "starting Oxigraph $OX_VERSION ($OX_WORKERS workers) on $OBASE"
(cd "$SCRATCH" && OXIGRAPH_MODULE=$OX_DIR/node_modules/oxigraph exec node "$BENCH_DIR/peers/oxigraph_server.mjs" "$NT" \
  "$OX_PORT" "$OX_WORKERS" >"$SCRATCH/oxigraph.log" 2>&1) &
OX_PID=$!
for ((i = 0; i < 600; i++)); do
  f=0; o=0
  curl -s -o /dev/null -m 2 "$FBASE/ds/query?query=ASK%7B%7D" && f=1
  [ "$(grep -c 'listening on' "$SCRATCH/oxigraph.log")" -ge "$((OX_WORKERS > 1 ? OX_WORKERS : 1))" ] && o=1
  ((f && o)) && break
  kill -0 "$FUSEKI_PID" 2>/dev/null || { tail "$SCRATCH/fuseki.log" >&2; die "Fuseki exited while starting"; }
  kill -0 "$OX_PID" 2>/dev/null || { tail "$SCRATCH/oxigraph.log" >&2; die "Oxigraph exited while starting"; }
  sleep 1
done
((f && o)) || die "the peers did not start within 600 s"
echo "peers up after $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s (Fuseki and Oxigraph started together); oxigraph: $(grep -m1 loaded "$SCRATCH/oxigraph.log")" | rec

# --- the queries ------------------------------------------------------------------------------------------------
enc() { jq -rn --arg q "$1" '$q | @uri'; }
# lookup subjects: every award and legal document of the export, as ready query strings
python3 - "$NT" "$SCRATCH/lookups.txt" <<'PY'
import sys, urllib.parse
types = ("<https://opendata.moha.gov.vn/def/moha#AwardConferral>", "<http://data.europa.eu/eli/ontology#LegalResource>")
n = {t: 0 for t in types}
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w") as out:
    for line in f:
        s, p, o = line.split(" ", 2)
        if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" and o.rstrip(" .\n") in types:
            n[o.rstrip(" .\n")] += 1
            out.write(urllib.parse.quote("SELECT ?p ?o WHERE { " + s + " ?p ?o }", safe="") + "\n")
print(" ".join(f"{t}={c}" for t, c in n.items()), file=sys.stderr)
PY
LOOKUPS=$(wc -l <"$SCRATCH/lookups.txt")
TYPE=$("${PSQL[@]}" -c "SELECT award_type FROM awards.award GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
TYPE_URI=$(grep -m 1 -o "<[^>]*/def/award-types/$TYPE>" "$NT")
COUNT_Q="PREFIX moha: <https://opendata.moha.gov.vn/def/moha#> PREFIX dct: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a moha:AwardConferral ; moha:awardType $TYPE_URI ; dct:date ?d . FILTER(?d >= \"2015-01-01\"^^xsd:date && ?d < \"2020-01-01\"^^xsd:date) }"
EXPECT=$("${PSQL[@]}" -c "SELECT count(*) FROM awards.open_award WHERE award_type = '$TYPE' AND decision_date >= '2015-01-01' AND decision_date < '2020-01-01'")
{
  echo "lookup: SELECT ?p ?o WHERE { <uri> ?p ?o } over $LOOKUPS subjects (every award and legal document)"
  echo "count: $COUNT_Q"
  echo "count expected (SQL over awards.open_award): $EXPECT"
} | rec

declare -A EP=([ours]="$BASE/sparql" [fuseki]="$FBASE/ds/query" [oxigraph]="$OBASE/query")
declare -A PIDS=([ours]="$SERVER_PID $PGPID" [fuseki]="$FUSEKI_PID" [oxigraph]="$OX_PID")
HDR='Accept: application/sparql-results+json'
# checks: one lookup returns the same number of rows everywhere; the count equals SQL's
first=$(head -n 1 "$SCRATCH/lookups.txt")
for who in ours fuseki oxigraph; do
  rows=$(curl -sf -H "$HDR" "${EP[$who]}?query=$first" | jq '.results.bindings | length')
  n=$(curl -sf -H "$HDR" "${EP[$who]}?query=$(enc "$COUNT_Q")" | jq -r '.results.bindings[0].n.value')
  echo "check $who: lookup of the first subject → ${rows:-?} rows; count → ${n:-?} (expected $EXPECT)$([ "$n" = "$EXPECT" ] || echo '  MISMATCH')" | rec
done

count_ms() { # count_ms <who> <n>: one client, n sequential requests; prints the times in ms, one a line
  local i url="${EP[$1]}?query=$(enc "$COUNT_Q")"
  for ((i = 0; i < $2; i++)); do
    curl -s -o /dev/null -m 120 -H "$HDR" -w '%{time_total}\n' "$url" | awk '{printf "%.1f\n", $1 * 1000}'
  done
}
for who in ours fuseki oxigraph; do
  log "$who: warm-up $WARMUP (lookups) + $COUNT_WARMUP counts"
  WRK_PATHS=$SCRATCH/lookups.txt WRK_PREFIX="/${EP[$who]#http://*/}?query=" BENCH_NAME=warm-up \
    wrk_once "$SCRATCH/warm.txt" "$WARMUP" -H "$HDR" -s "$BENCH_DIR/wrk/paths.lua" "http://${EP[$who]#http://}" >/dev/null
  count_ms "$who" "$COUNT_WARMUP" >/dev/null
done

declare -A L C
for ((r = 1; r <= REPS; r++)); do
  for who in ours fuseki oxigraph; do
    host=${EP[$who]#http://}; host=${host%%/*}
    gate; noise_begin
    # shellcheck disable=SC2086
    line=$(WRK_PATHS=$SCRATCH/lookups.txt WRK_PREFIX="/${EP[$who]#http://*/}?query=" BENCH_NAME=$who-lookup \
      wrk_once "$SCRATCH/$who-lookup-r$r.txt" "$DURATION" -H "$HDR" -s "$BENCH_DIR/wrk/paths.lua" "http://$host")
    noise=$(python3 "$BENCH_DIR/cpu_noise.py" diff "$SCRATCH/noise.json" ${PIDS[$who]})
    fg=$(sed -n 's/.*= \([0-9]*\)% of.*/\1/p' <<<"$noise")
    { echo "  r$r $who lookup: $line"; echo "    noise: $noise"; sed 's/^/    | /' "$SCRATCH/$who-lookup-r$r.txt"; } >>"$RESULT_FILE"
    log "r$r $who lookup: $(field rps "$line") req/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms, non-2xx $(field non2xx "$line"); foreign $fg %"
    L[$who]+="$line foreign=$fg"$'\n'
  done
  for who in ours fuseki oxigraph; do
    gate; noise_begin
    count_ms "$who" "$COUNT_RUNS" >"$SCRATCH/$who-count-r$r.txt"
    # shellcheck disable=SC2086
    noise=$(python3 "$BENCH_DIR/cpu_noise.py" diff "$SCRATCH/noise.json" ${PIDS[$who]})
    fg=$(sed -n 's/.*= \([0-9]*\)% of.*/\1/p' <<<"$noise")
    med=$(sort -g "$SCRATCH/$who-count-r$r.txt" | awk '{a[NR]=$1} END {printf "median=%s p90=%s min=%s max=%s", a[int((NR+1)/2)], a[int(NR*0.9+0.5)], a[1], a[NR]}')
    { echo "  r$r $who count (1 client, $COUNT_RUNS requests, ms): $med; all: $(paste -sd' ' "$SCRATCH/$who-count-r$r.txt")"; echo "    noise: $noise"; } >>"$RESULT_FILE"
    log "r$r $who count: $med; foreign $fg %"
    C[$who]+="$med foreign=$fg"$'\n'
  done
done

# --- summary ----------------------------------------------------------------------------------------------------
{
  echo
  echo "## Summary — $TRIPLES triples, lookups wrk -t$THREADS -c$CONNS $DURATION, count 1 client × $COUNT_RUNS, median of $REPS, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  python3 - "${L[ours]}" "${L[fuseki]}" "${L[oxigraph]}" "${C[ours]}" "${C[fuseki]}" "${C[oxigraph]}" <<'PY'
import sys
names = ["ours", "Fuseki 5.6.0 (TDB2/tuned buffer)", "Oxigraph 0.5.11 (npm WASM + wrapper)"]
def runs(block):
    return [dict(kv.split("=", 1) for kv in l.split() if "=" in kv) for l in block.strip().splitlines() if l.strip()]
def median_by(rs, key, reverse=False):
    rs = sorted(rs, key=lambda d: float(d.get(key, 0)), reverse=reverse)
    return rs[(len(rs) - 1) // 2] if rs else {}
L = [runs(b) for b in sys.argv[1:4]]
C = [runs(b) for b in sys.argv[4:7]]
lm = [median_by(r, "rps") for r in L]
cm = [median_by(r, "median") for r in C]
print("| server | lookup req/s | p50 / p99 ms | non-2xx | lookup runs | count median ms (1 client) | count p90 ms | count runs (medians) | foreign CPU (lookup / count) |")
print("|---|---|---|---|---|---|---|---|---|")
for n, l, c, lr, cr in zip(names, lm, cm, L, C):
    lruns = "/".join(f"{float(d.get('rps', 0)):.0f}" for d in lr)
    cruns = "/".join(d.get("median", "?") for d in cr)
    print(f"| {n} | {float(l.get('rps', 0)):,.0f} | {float(l.get('p50_ms', 0)):.1f} / {float(l.get('p99_ms', 0)):.1f} | "
          f"{l.get('non2xx', '?')} | {lruns} | {c.get('median', '?')} | {c.get('p90', '?')} | {cruns} | "
          f"{l.get('foreign', '?')} % / {c.get('foreign', '?')} % |".replace(",", " "))
o, f, x = (float(d.get("rps", 0)) for d in lm)
co, cf, cx = (float(d.get("median", 0)) for d in cm)
print()
print(f"ratios: lookups ours/Oxigraph {o / x if x else 0:.2f}× (target ≥ 1: {'holds' if x and o >= x else 'NOT met'}), "
      f"ours/Fuseki {o / f if f else 0:.2f}×; count time ours/Fuseki {co / cf if cf else 0:.2f} (target ≤ 1: "
      f"{'holds' if cf and co <= cf else 'NOT met'}), ours/Oxigraph {co / cx if cx else 0:.2f}")
PY
} | rec
log "results: $RESULT_FILE"
