# shellcheck shell=bash
# Helpers of bench/run.sh (sourced): logging, tools, the jar, the server's life cycle, wrk runs.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=${BENCH_JAR:-$ROOT/target/moha-opendata.jar}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# need <command> <apt package>: installs the package when the command is missing (needs root)
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 with apt-get"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; } \
    || die "could not install $2 (run as root, or install it yourself)"
}

# 1000000 -> 1m, 100000 -> 100k, 1234 -> 1234
rows_label() {
  local n=$1
  if ((n >= 1000000 && n % 1000000 == 0)); then echo "$((n / 1000000))m"
  elif ((n >= 1000 && n % 1000 == 0)); then echo "$((n / 1000))k"
  else echo "$n"; fi
}

# builds target/moha-opendata.jar when it is missing (offline first: the box has a filled ~/.m2)
build_jar() {
  [ -f "$JAR" ] && return 0
  log "building $JAR (mvn -DskipTests package)"
  (cd "$ROOT" && { mvn -B -o -q -DskipTests package || mvn -B -q -DskipTests package; }) || die "build failed"
  [ -f "$JAR" ] || die "the build did not produce $JAR"
}

# fingerprint of the migrations inside the jar: a data dir seeded by another schema/seed is not reused
migrations_fingerprint() {
  python3 - "$JAR" <<'PY'
import hashlib, sys, zipfile
h = hashlib.sha256()
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in sorted(n for n in z.namelist() if n.startswith("db/migration/") and n.endswith(".sql")):
        h.update(n.encode()); h.update(z.read(n))
print(h.hexdigest()[:16])
PY
}

# The RDF store's layout in the marker: "built" (its union default graph computed per query) until the union was
# stored as its default graph ("built2"); ensure_awards_load rebuilds a store of the first layout once.
RDF_LAYOUT=built2

# load_reusable <wanted marker>: 0 when $DATA holds a complete load that can be reused. The marker
# (<data dir>/bench-loaded) names the counts and the migrations' fingerprint; a load of the same counts made
# with other migrations is reused too: Flyway applies the new migrations at the next start (migrations only
# add), so a migration added by someone else does not cost a reload of a million rows. BENCH_FRESH=1 reloads.
load_reusable() {
  local marker=$DATA/bench-loaded want=$1 have
  [ "${BENCH_FRESH:-0}" != 1 ] && [ -f "$marker" ] || return 1
  have=$(cat "$marker")
  [ "$have" = "$want" ] && return 0
  if [ "$(sed -E 's/ ?migrations=[0-9a-f]+//' <<<"$have")" = "$(sed -E 's/ ?migrations=[0-9a-f]+//' <<<"$want")" ]; then
    log "$DATA was loaded with other migrations ($have): reused, Flyway migrates it forward at start"
    return 0
  fi
  return 1
}

# --- the server under test ------------------------------------------------------------------------
# Globals: DATA (DATA_DIR), PORT, ROWS, BASE; sets SERVER_PID, SERVER_LOG.
SERVER_PID=
SERVER_LOG=

start_server() {
  if curl -s -o /dev/null -m 2 "http://127.0.0.1:$PORT/health"; then
    die "something already answers on 127.0.0.1:$PORT; stop it or choose another BENCH_PORT"
  fi
  mkdir -p "$DATA"
  SERVER_LOG=$DATA/server.log
  # run a private copy: a rebuild of target/ by someone else during the run must not pull the jar away
  cp "$JAR" "$SCRATCH/server.jar"
  log "starting the server: DATA_DIR=$DATA SEED_SIZE=$ROWS HTTP_PORT=$PORT (log: $SERVER_LOG)"
  # wrk sends every request from 127.0.0.1, without a key or with one officer's token: the per-IP and per-user
  # limits are lifted for the run (the limits are measured by the tests, not here; RATE_LIMIT_ANONYMOUS_PER_MINUTE
  # and RATE_LIMIT_KEY_PER_MINUTE override) — bench/soak.sh's writes (≈ 3 650 a minute from one token at 600 req/s)
  # passed the per-user default of 3 000 a minute
  # word splitting of BENCH_JAVA_OPTS is intended (several JVM flags)
  # shellcheck disable=SC2086
  env -u DATABASE_URL HTTP_HOST=127.0.0.1 HTTP_PORT="$PORT" DATA_DIR="$DATA" SEED_SIZE="$ROWS" \
    LOG_HTTP_LEVEL=WARN PUBLIC_BASE_URI="$BASE" RATE_LIMIT_ANONYMOUS_PER_MINUTE="${RATE_LIMIT_ANONYMOUS_PER_MINUTE:-0}" \
    RATE_LIMIT_KEY_PER_MINUTE="${RATE_LIMIT_KEY_PER_MINUTE:-0}" \
    nohup java ${BENCH_JAVA_OPTS:-} -jar "$SCRATCH/server.jar" >>"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  echo "$SERVER_PID" >"$DATA/server.pid"
}

# waits (at most BENCH_START_TIMEOUT s) for /health/ready; prints progress every 20 s
wait_ready() {
  local max=${BENCH_START_TIMEOUT:-3600} t0=$SECONDS last=0 size
  while ((SECONDS - t0 < max)); do
    if curl -sf -o /dev/null -m 5 "$BASE/health/ready"; then
      log "ready after $((SECONDS - t0)) s"
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 40 "$SERVER_LOG" >&2
      die "the server (pid $SERVER_PID) exited while starting; see $SERVER_LOG"
    fi
    if ((SECONDS - last >= 20)); then
      last=$SECONDS
      size=$(du -sh "$DATA/postgres" 2>/dev/null | cut -f1 || true) # no postgres dir yet while the binaries unpack
      log "  starting/seeding… $((SECONDS - t0)) s, database ${size:-?}; last log line: $(grep -E '^[0-9]{4}-' "$SERVER_LOG" | grep -v 'Backend notice' | tail -n 1 | cut -c1-160)"
    fi
    sleep 2
  done
  die "the server was not ready after $max s (BENCH_START_TIMEOUT); see $SERVER_LOG"
}

# graceful stop (SIGTERM: HTTP drains, embedded PostgreSQL stops), SIGKILL after 90 s; then, if the
# JVM was killed, the embedded postmaster it had started (by the PID in its postmaster.pid)
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  local i pm
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping the server (pid $SERVER_PID)"
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for ((i = 0; i < 90; i++)); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server still running after 90 s: SIGKILL"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
      sleep 2
      pm=$(head -n 1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
      if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
        log "stopping the orphaned embedded postmaster (pid $pm)"
        kill -INT "$pm" 2>/dev/null || true
      fi
    fi
  fi
  rm -f "$DATA/server.pid"
  SERVER_PID=
}

# --- CPU noise (the box is shared) ----------------------------------------------------------------
gate() { python3 "$BENCH_DIR/cpu_noise.py" quiet "${QUIET_MAX:-60}" "${QUIET_BUSY:-25}" >&2; }
noise_begin() { python3 "$BENCH_DIR/cpu_noise.py" snap "$SCRATCH/noise.json"; }
noise_end() {
  local pm
  pm=$(head -n 1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
  python3 "$BENCH_DIR/cpu_noise.py" diff "$SCRATCH/noise.json" "$SERVER_PID" ${pm:+"$pm"}
}

# --- wrk ------------------------------------------------------------------------------------------
# wrk_once <outfile> <duration> <wrk args…>: one wrk run, full output in <outfile>; prints its
# BENCH_RESULT line (without the prefix)
wrk_once() {
  local out=$1 dur=$2; shift 2
  wrk --latency --timeout "${WRK_TIMEOUT:-10s}" -t "$THREADS" -c "$CONNS" -d "$dur" "$@" >"$out" 2>&1 || true
  grep '^BENCH_RESULT ' "$out" | tail -n 1 | sed 's/^BENCH_RESULT //'
}

# field <name> <"k=v k=v" line>
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -n 1; }

# --- awards data dir, log lines, heap sampling (bench/dump.sh, bench/sparql-timeout.sh) -------------
# wait_log <regex> <max seconds> <what>: waits for a line of the server log matching <regex> (grep -E);
# prints it. Dies if the server exits or after <max> s. WAIT_LOG_FROM: the first line of the log to read (1: all of it;
# the log is appended to by every start); WAIT_LOG_FAIL: a regex of lines that end the wait with an error.
wait_log() {
  local re=$1 max=$2 what=$3 t0=$SECONDS last=$SECONDS line
  while ((SECONDS - t0 < max)); do
    line=$(tail -n "+${WAIT_LOG_FROM:-1}" "$SERVER_LOG" | grep -E "$re" | tail -n 1 || true)
    if [ -n "$line" ]; then printf '%s\n' "$line"; return 0; fi
    if [ -n "${WAIT_LOG_FAIL:-}" ] && tail -n "+${WAIT_LOG_FROM:-1}" "$SERVER_LOG" | grep -qE "$WAIT_LOG_FAIL"; then
      die "while waiting for $what: $(tail -n "+${WAIT_LOG_FROM:-1}" "$SERVER_LOG" | grep -E "$WAIT_LOG_FAIL" | tail -n 1 | cut -c1-300)"
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$SERVER_LOG" >&2; die "the server exited while waiting for $what"; }
    if ((SECONDS - last >= 30)); then
      last=$SECONDS
      log "  waiting for $what… $((SECONDS - t0)) s; last log line: $(grep -E '^[0-9]{4}-' "$SERVER_LOG" | tail -n 1 | cut -c1-160)"
    fi
    sleep 2
  done
  die "no $what after $max s; see $SERVER_LOG"
}

# the embedded PostgreSQL's port, from the server's "listening on … (database postgresql://…:PORT/…" line
pg_port() {
  grep -oE 'database postgresql://[^ )]*' "$SERVER_LOG" | tail -n 1 | sed -E 's#.*:([0-9]+)/.*#\1#'
}

# ensure_awards_load: makes $DATA a complete load of $ROWS documents + $AWARDS awards with its RDF store built,
# starting from scratch when the marker (counts + migrations fingerprint) differs or BENCH_FRESH=1. The first
# start seeds, then rebuilds the RDF store in the background; we wait for "RDF store rebuilt" and stop. The load
# runs with BENCH_LOAD_JAVA_OPTS (default: JVM defaults), not with the measured run's flags. Sets LOAD_NOTE.
ensure_awards_load() {
  local marker=$DATA/bench-loaded want t0 seed rebuilt from
  want="rows=$ROWS awards=$AWARDS migrations=$(migrations_fingerprint) rdf=$RDF_LAYOUT"
  if load_reusable "$want"; then
    LOAD_NOTE="data dir reused ($(cat "$marker"); BENCH_FRESH=1 reloads)"
    log "reusing $DATA ($want)"
    return 0
  fi
  if load_reusable "${want% rdf=*} rdf=built"; then
    # an RDF store of the layout before the stored default graph: the server rebuilds it at its next start, which
    # must not be a measured one; PostgreSQL is reused
    log "reusing $DATA, its RDF store rebuilt once into the stored default graph (≈ 15 min at 1 M)"
    t0=$SECONDS
    from=$(($(wc -l <"$DATA/server.log" 2>/dev/null || echo 0) + 1))
    BENCH_JAVA_OPTS=${BENCH_LOAD_JAVA_OPTS:-} start_server
    wait_ready
    rebuilt=$(WAIT_LOG_FROM=$from WAIT_LOG_FAIL='rebuild failed' wait_log 'RDF store rebuilt' "${BENCH_RDF_TIMEOUT:-3600}" '"RDF store rebuilt" log line' | cut -c1-300)
    stop_server
    echo "$want" >"$marker"
    LOAD_NOTE="data dir reused, RDF store rebuilt into the stored default graph: start → rebuilt $((SECONDS - t0)) s; ${rebuilt#* INFO  }"
    return 0
  fi
  if [ -e "$DATA" ]; then
    case $DATA in
      "$BENCH_DIR"/var-*) log "wiping $DATA (fresh load)"; rm -rf "$DATA" ;;
      *) die "$DATA is not a complete load and is outside bench/var-*: remove it yourself" ;;
    esac
  fi
  log "loading $AWARDS awards + $ROWS documents into $DATA (seed, then the RDF store rebuild: ≈15 min at 1 M)"
  t0=$SECONDS
  BENCH_JAVA_OPTS=${BENCH_LOAD_JAVA_OPTS:-} start_server
  wait_ready
  seed=$(grep -oE 'Application [a-z ]+: seeded .* in [0-9]+ ms' "$SERVER_LOG" | sed 's/^Application //' | tr '\n' ';' || true)
  rebuilt=$(WAIT_LOG_FAIL='rebuild failed' wait_log 'RDF store rebuilt' "${BENCH_RDF_TIMEOUT:-3600}" '"RDF store rebuilt" log line' | cut -c1-300)
  LOAD_NOTE="fresh load: start → RDF store rebuilt $((SECONDS - t0)) s; ${seed} ${rebuilt#* INFO  }"
  stop_server
  echo "$want" >"$marker"
}

# heap sampling: one jstat -gc every second (bounded count) stamped with the wall clock, in <file>
HEAP_SAMPLER_PID=
heap_sampler_start() {
  local file=$1 max=${2:-7200}
  (jstat -gc "$SERVER_PID" 1000 "$max" 2>&1 | while IFS= read -r l; do echo "$EPOCHREALTIME $l"; done) >"$file" &
  HEAP_SAMPLER_PID=$!
}
heap_sampler_stop() {
  [ -n "$HEAP_SAMPLER_PID" ] || return 0
  pkill -P "$HEAP_SAMPLER_PID" 2>/dev/null || true # its jstat child
  kill "$HEAP_SAMPLER_PID" 2>/dev/null || true
  wait "$HEAP_SAMPLER_PID" 2>/dev/null || true
  HEAP_SAMPLER_PID=
}
# heap_stats <file> <from epoch> <to epoch>: "samples=N used_max_mib=… used_min_mib=… old_max_mib=… committed_max_mib=… ygc=… fgc=…"
# used = S0U+S1U+EU+OU (jstat -gc, KiB), old = OU, committed = S0C+S1C+EC+OC, GC counts = increase in the window
heap_stats() {
  awk -v from="$2" -v to="$3" '
    $2 == "S0C" { for (i = 2; i <= NF; i++) c[$i] = i; next }
    $1 + 0 >= from && $1 + 0 <= to && $2 ~ /^[0-9.]+$/ {
      u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; o = $c["OU"]; k = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]
      n++; if (n == 1 || u > umax) umax = u; if (n == 1 || u < umin) umin = u; if (o > omax) omax = o; if (k > kmax) kmax = k
      if (n == 1) { y0 = $c["YGC"]; f0 = $c["FGC"] } y1 = $c["YGC"]; f1 = $c["FGC"]
    }
    END { printf "samples=%d used_max_mib=%.1f used_min_mib=%.1f old_max_mib=%.1f committed_max_mib=%.1f ygc=%d fgc=%d\n",
          n, umax / 1024, umin / 1024, omax / 1024, kmax / 1024, y1 - y0, f1 - f0 }' "$1"
}
# gc_after_stats <gc log (-Xlog:gc:file=…:timemillis)> <from epoch> <to epoch>: heap after each GC in the window
# (young and full pauses only: a remark or cleanup pause reports the heap in the middle of marking)
gc_after_stats() {
  awk -v from="$2" -v to="$3" '
    match($0, /^\[[0-9]+ms\]/) { t = substr($0, 2, RLENGTH - 4) / 1000.0 }
    t >= from && t <= to && /Pause (Young|Full)/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
      s = substr($0, RSTART, RLENGTH); split(s, a, /M->|M\(|M\)/)
      n++; if (a[2] > mx) mx = a[2]; if (n == 1 || a[2] < mn) mn = a[2]; last = a[2]
      if ($0 ~ /Pause Full/) full++
    }
    END { if (n) printf "gcs=%d after_gc_min_mib=%d after_gc_max_mib=%d after_gc_last_mib=%d full_gcs=%d\n", n, mn, mx, last, full
          else print "gcs=0" }' "$1"
}

# fresh_data_dir: empties $DATA for a run that starts from nothing (only under bench/var-*; elsewhere it must not exist)
fresh_data_dir() {
  case $DATA in
    "$BENCH_DIR"/var-*) rm -rf "$DATA" ;;
    *) [ -e "$DATA" ] && die "$DATA exists and is outside bench/var-*: remove it yourself" ;;
  esac
  return 0
}
