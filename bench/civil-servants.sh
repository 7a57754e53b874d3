#!/usr/bin/env bash
# Issue 8: the open civil-servant statistics at national scale. Starts the server on its own data dir
# (bench/var-cs-<n>; small seeds of the other datasets), loads BENCH_PEOPLE generated people (default 2 000 000)
# with civilservants.seed_demo(n) through psql into its embedded PostgreSQL once, ANALYZEs, then measures every
# open aggregate endpoint with a sequential curl loop (BENCH_REQUESTS per endpoint after 20 warm-up requests) and
# reports p50/p95/max in ms. Target: p95 < 100 ms. Then times 40 writes (a person's current spell moved to another
# unit and back, in SQL: the rollup triggers' cost per write). Stops the server at the end.
#
#   bench/civil-servants.sh                          # 2 000 000 people
#   BENCH_PEOPLE=200000 bench/civil-servants.sh      # a quick check
#
# Result: bench/results/<date>-civil-servants-<n>.txt
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
PEOPLE=${BENCH_PEOPLE:-2000000}
REQUESTS=${BENCH_REQUESTS:-200}
PORT=${BENCH_PORT:-18093}
ROWS=400
export AWARDS_SEED_SIZE=${AWARDS_SEED_SIZE:-3000}   # the other datasets stay small: only the people are measured
LABEL=$(rows_label "$PEOPLE")
DATA=$BENCH_DIR/var-cs-$LABEL
BASE=http://127.0.0.1:$PORT
SCRATCH=$(mktemp -d)
trap 'stop_server; rm -rf "$SCRATCH"' EXIT INT TERM
need curl curl
need psql postgresql-client
build_jar
start_server
wait_ready
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
have=$("${PSQL[@]}" -c "SELECT count(*) FROM civilservants.person")
if ((have < PEOPLE)); then
  log "loading $PEOPLE people (civilservants.seed_demo) …"
  t0=$SECONDS
  "${PSQL[@]}" -c "SET statement_timeout = 0; SELECT civilservants.seed_demo($PEOPLE, 50000)" >/dev/null
  LOAD="seed_demo($PEOPLE): $((SECONDS - t0)) s"
  "${PSQL[@]}" -c "ANALYZE civilservants.person; ANALYZE civilservants.headcount" >/dev/null
else
  LOAD="reused: $have people already loaded"
fi
log "$LOAD"
have=$("${PSQL[@]}" -c "SELECT count(*) FROM civilservants.person")
OUT=$BENCH_DIR/results/$(date -u +%Y-%m-%dT%H%MZ)-civil-servants-$LABEL.txt
{
  echo "civil servants open aggregates — $have people, $REQUESTS sequential requests per endpoint (curl, keep-alive off)"
  echo "load: $LOAD; rollup cells: $("${PSQL[@]}" -c "SELECT count(*) FROM civilservants.headcount")"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-62s %8s %8s %8s\n' endpoint p50_ms p95_ms max_ms
} >"$OUT"
for path in "/api/v1/statistics/civil-servants?by=organisation" "/api/v1/statistics/civil-servants?by=province" \
  "/api/v1/statistics/civil-servants?by=rank&year=2025" "/api/v1/statistics/civil-servants?by=sex" \
  "/api/v1/statistics/civil-servants?by=age-band&year=2025" "/api/v1/statistics/civil-servants?by=ethnic-group" \
  "/api/v1/statistics/civil-servants?by=education&year=2026" "/api/v1/statistics/civil-servants/staffing?year=2025"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ] || die "$path does not answer 200"
  for ((i = 0; i < 20; i++)); do curl -s -o /dev/null "$BASE$path"; done
  for ((i = 0; i < REQUESTS; i++)); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done |
    sort -n | awk -v p="$path" '{ v[NR] = $1 * 1000 } END {
      printf "%-62s %8.1f %8.1f %8.1f\n", p, v[int(NR * 0.5)], v[int(NR * 0.95)], v[NR] }' >>"$OUT"
done
# the cost of a write: 40 one-statement transactions (autocommit: the rollup's queue is added at commit), each
# moving a person's current spell to another unit from 2023-03-01 and back — the trigger work of a transfer
ids=$("${PSQL[@]}" -c "SELECT person_id FROM civilservants.employment WHERE ends IS NULL AND starts < '2023-03-01'
  AND unit_key IS NOT NULL ORDER BY person_id LIMIT 20" | tr '\n' ' ')
for id in $ids; do
  for unit in SNV_T04N_P1 "(SELECT unit_key FROM civilservants.person WHERE id = $id)"; do
    printf '\\timing on\nUPDATE civilservants.employment SET unit_key = %s WHERE person_id = %s AND ends IS NULL;\n' \
      "$(if [ "$unit" = SNV_T04N_P1 ]; then echo "'$unit'"; else echo "$unit"; fi)" "$id"
  done
done | "${PSQL[@]}" | awk '/^Time:/ { print $2 }' | sort -n | awk '{ v[NR] = $1 } END {
  printf "%-62s %8.1f %8.1f %8.1f\n", "write: one person'"'"'s spell moved (SQL, incl. commit)", v[int(NR * 0.5)],
    v[int(NR * 0.95)], v[NR] }' >>"$OUT"
cat "$OUT"
awk 'NR > 4 && $3 >= 100 && !/^write/ { bad = 1 } END { exit bad }' "$OUT" || die "a p95 is 100 ms or more (see $OUT)"
log "all p95 under 100 ms; results: $OUT"
