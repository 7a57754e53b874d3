#!/usr/bin/env bash
# Issue 9, benchmark 6: start-up time — process start to the first 200 of GET /health/ready.
#
#   bench/startup.sh                 # ≈5–8 min: the three starts below, then stops
#   BENCH_REPS=3 bench/startup.sh    # each start 3 times (median reported)
#
# Three kinds of start, with the server's defaults (embedded PostgreSQL, every migration, the demo data of every
# data set, the RDF store built in the background after ready):
#   first      a fresh, empty DATA_DIR: the embedded PostgreSQL binaries are unpacked from the jar (into
#              DATA_DIR/postgres-bin), initdb, migrations, demo seeds, ANALYZE
#   first-bin  a fresh DATA_DIR whose postgres-bin was copied from the first start (the binaries "cached"): the
#              same minus the unpacking
#   restart    the first start's DATA_DIR again after a graceful stop (migrations and seeds already applied);
#              the server is stopped once its RDF store build has finished, so the restart finds it built
# Each start is timed from the launch of `java -jar` to the first 200 of /health/ready (polled every 0.1 s) and to
# the first answer of /health; the server log's own steps (PostgreSQL, migrations, seeds, listening) are copied.
# Knobs: BENCH_REPS (1), BENCH_PORT (18085), BENCH_JAVA_OPTS, BENCH_START_TIMEOUT (900 s per start),
# BENCH_RDF_TIMEOUT (900 s). Data dirs: bench/var-startup-* (wiped by each run). Result:
# bench/results/<date>-startup.txt.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
case ${1:-} in -h | --help) sed -n '2,21p' "$0"; exit 0 ;; "") ;; *) die "no arguments (knobs are environment variables)" ;; esac

REPS=${BENCH_REPS:-1}
PORT=${BENCH_PORT:-18085}
BASE=http://127.0.0.1:$PORT
MAX=${BENCH_START_TIMEOUT:-900}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-startup.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }
need curl curl
need python3 python3
build_jar
cp "$JAR" "$SCRATCH/server.jar"

SERVER_PID=
cleanup() {
  local rc=$?
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
curl -s -o /dev/null -m 2 "$BASE/health" && die "something already answers on $BASE; stop it or set BENCH_PORT"

calib() {
  local s e
  s=$(date +%s.%N); head -c 268435456 /dev/zero | sha256sum >/dev/null; e=$(date +%s.%N)
  python3 -c "print(round(256 / ($e - $s)))"
}
{
  echo "# moha-opendata bench — start-up to the first 200 of /health/ready — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "box calib: sha256sum $(calib) MB/s on 1 core (this VM's speed drifts: compare runs with similar calib)"
  echo "java: $(java -version 2>&1 | sed -n 2p); JAVA_OPTS='${BENCH_JAVA_OPTS:-}'"
  echo "code: git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml openapi 2>/dev/null || echo ' + uncommitted changes'), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ), $(du -h "$JAR" | cut -f1)"
} | rec

# timed_start <kind>: starts the server on $DATA, prints "<s to /health> <s to /health/ready>"; the server keeps running
timed_start() {
  local t0 now live=
  SERVER_LOG=$DATA/server.log
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  env -u DATABASE_URL HTTP_HOST=127.0.0.1 HTTP_PORT="$PORT" DATA_DIR="$DATA" PUBLIC_BASE_URI="$BASE" \
    nohup java ${BENCH_JAVA_OPTS:-} -jar "$SCRATCH/server.jar" >>"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  while :; do
    now=$(date +%s.%N)
    if [ -z "$live" ] && curl -s -o /dev/null -m 1 "$BASE/health"; then live=$(python3 -c "print(f'{$now - $t0:.2f}')"); fi
    if [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$BASE/health/ready")" = 200 ]; then
      echo "${live:-?} $(python3 -c "print(f'{$now - $t0:.2f}')")"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$SERVER_LOG" >&2; die "the server exited while starting"; }
    python3 -c "import sys; sys.exit(0 if $now - $t0 < $MAX else 1)" || die "not ready after $MAX s; see $SERVER_LOG"
    sleep 0.1
  done
}
# the server's own account of the start (this start's lines only)
steps() {
  tail -n "+$1" "$SERVER_LOG" | grep -E 'embedded PostgreSQL|[Mm]igrat|seeded|listening on|RDF store' |
    grep -v 'Backend notice' | cut -c12-230 | sed 's/^/    /'
}

declare -A T
for ((r = 1; r <= REPS; r++)); do
  for kind in first first-bin restart; do
    case $kind in
      first) DATA=$BENCH_DIR/var-startup-first; rm -rf "$DATA"; mkdir -p "$DATA" ;;
      first-bin)
        DATA=$BENCH_DIR/var-startup-bin; rm -rf "$DATA"; mkdir -p "$DATA"
        cp -a "$BENCH_DIR/var-startup-first/postgres-bin" "$DATA/"
        ;;
      restart) DATA=$BENCH_DIR/var-startup-first ;;
    esac
    gate
    noise_begin
    from=1
    [ -f "$DATA/server.log" ] && from=$(($(wc -l <"$DATA/server.log") + 1))
    timed_start "$kind" >"$SCRATCH/times" # not in a subshell: SERVER_PID must reach stop_server
    read -r live ready <"$SCRATCH/times"
    noise=$(noise_end)
    {
      echo
      echo "## $kind, run $r: /health answered after $live s, /health/ready 200 after $ready s"
      echo "  noise: $noise"
      steps "$from"
    } | rec
    T[$kind]+="$ready "
    if [ "$kind" = first ]; then
      # let the background RDF store build finish, so that the restart measures a plain restart
      WAIT_LOG_FAIL='rebuild failed' wait_log 'RDF store rebuilt' "${BENCH_RDF_TIMEOUT:-900}" 'RDF store build' |
        cut -c1-200 | sed 's/^/  after ready: /' | rec
    fi
    stop_server
  done
done
rm -rf "$BENCH_DIR/var-startup-bin"

{
  echo
  echo "## Summary — seconds from launch to the first 200 of /health/ready (median of $REPS), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| start | seconds (median) | runs |"
  echo "|---|---|---|"
  for kind in first first-bin restart; do
    python3 - "$kind" ${T[$kind]} <<'PY'
import sys, statistics
k, v = sys.argv[1], [float(x) for x in sys.argv[2:]]
label = {"first": "first start, fresh DATA_DIR (binaries unpacked, initdb, migrations, demo seeds)",
         "first-bin": "first start, fresh DATA_DIR with the PostgreSQL binaries already unpacked",
         "restart": "restart of an initialised DATA_DIR"}[k]
print(f"| {label} | {statistics.median(v):.1f} | {' / '.join(f'{x:.1f}' for x in v)} |")
PY
  done
} | rec
log "results: $RESULT_FILE"
