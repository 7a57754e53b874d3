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
  # wrk sends every request from 127.0.0.1 without a key: the per-IP limit is lifted for the run (the limits are
  # measured by the tests, not here; RATE_LIMIT_ANONYMOUS_PER_MINUTE overrides)
  # word splitting of BENCH_JAVA_OPTS is intended (several JVM flags)
  # shellcheck disable=SC2086
  env -u DATABASE_URL HTTP_HOST=127.0.0.1 HTTP_PORT="$PORT" DATA_DIR="$DATA" SEED_SIZE="$ROWS" \
    LOG_HTTP_LEVEL=WARN PUBLIC_BASE_URI="$BASE" RATE_LIMIT_ANONYMOUS_PER_MINUTE="${RATE_LIMIT_ANONYMOUS_PER_MINUTE:-0}" \
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
      size=$(du -sh "$DATA/postgres" 2>/dev/null | cut -f1)
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
