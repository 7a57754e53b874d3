#!/usr/bin/env bash
# Issue 9, "two instances": two server processes on one PostgreSQL behind haproxy (round robin, health checks on
# /health/ready), with a stand-in national portal that records who pushes. Checks and reports:
#   (a) a write through one instance is visible through the other and through the balancer, both ways;
#   (b) the anonymous rate limit holds across both: of LIMIT+10 requests through the balancer, LIMIT pass;
#   (c) exactly one instance holds the push lock, and only its pushes reach the portal;
#   (d) kill -9 of the lock holder during a stream of writes: the other takes the lock (time measured), the balancer
#       stops sending to the dead one (time measured), no acknowledged write is lost (201s vs rows), failed and
#       retried requests counted (every write carries an Idempotency-Key and is retried with it);
#   (e) the killed instance restarts and rejoins (live instances back to 2, up in the balancer).
# The database is a private cluster of Debian's PostgreSQL (initdb in a scratch dir, its own port), so that it
# outlives either server, as in a real deployment. Everything listens on 127.0.0.1 only; every wait is bounded; a
# trap stops everything on exit. Usage: bench/two-instances.sh    (knobs: see bench/README.md)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

BASE_PORT=${TWO_PORT:-18280}
PORT_LB=$BASE_PORT PORT_A=$((BASE_PORT + 1)) PORT_B=$((BASE_PORT + 2)) PORT_PG=$((BASE_PORT + 3))
PORT_STUB=$((BASE_PORT + 4)) PORT_STATS=$((BASE_PORT + 5))
LIMIT=${TWO_LIMIT:-120}          # RATE_LIMIT_ANONYMOUS_PER_MINUTE of both servers (each allows LIMIT / 2)
STREAM_S=${TWO_STREAM_SECONDS:-30} # length of the write stream of (d); the kill comes after a third of it
WRITERS=${TWO_WRITERS:-2}         # concurrent writers in the stream
SEED=${TWO_SEED:-400}
JAVA_OPTS=${TWO_JAVA_OPTS:--Xmx512m}
LB=http://127.0.0.1:$PORT_LB

need curl curl
need jq jq
need haproxy haproxy
need python3 python3
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ]; then need psql postgresql; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); fi
id postgres >/dev/null 2>&1 || die "Debian's postgresql package did not create the postgres user"
for p in $PORT_LB $PORT_A $PORT_B $PORT_PG $PORT_STUB $PORT_STATS; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "127.0.0.1:$p is taken; choose another TWO_PORT"; fi
done
build_jar

SCRATCH=$(mktemp -d /tmp/moha-two.XXXXXX)
chmod 755 "$SCRATCH"
cp "$JAR" "$SCRATCH/server.jar"
declare -A PID=([A]="" [B]="") PORT=([A]=$PORT_A [B]=$PORT_B)
STUB_PID="" LB_PID=""
PG_DATA=$SCRATCH/pg
pg_ctl_() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }
cleanup() {
  local n
  for n in A B; do
    if [ -n "${PID[$n]}" ] && kill -0 "${PID[$n]}" 2>/dev/null; then kill -TERM "${PID[$n]}" 2>/dev/null || true; fi
  done
  for n in A B; do
    for _ in $(seq 60); do
      if [ -z "${PID[$n]}" ] || ! kill -0 "${PID[$n]}" 2>/dev/null; then break; fi
      sleep 1
    done
    if [ -n "${PID[$n]}" ] && kill -0 "${PID[$n]}" 2>/dev/null; then kill -KILL "${PID[$n]}" 2>/dev/null || true; fi
  done
  if [ -n "$LB_PID" ]; then kill "$LB_PID" 2>/dev/null || true; fi
  if [ -n "$STUB_PID" ]; then kill "$STUB_PID" 2>/dev/null || true; fi
  if [ -f "$PG_DATA/postmaster.pid" ]; then pg_ctl_ -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ "${TWO_KEEP:-0}" = 1 ]; then log "kept $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
ms_since() { python3 -c "import sys; print(round((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$1" "$2"; }
# the script's own reads carry the admin token (their own allowance, RATE_LIMIT_KEY_PER_MINUTE); the health probes
# are not rate limited, and 127.0.0.2's anonymous allowance is the burst of (b)
ready() { curl -s -m 3 -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${PORT[$1]}/health/ready"; }

# --- PostgreSQL: a private cluster of Debian's server --------------------------------------------------------------
log "PostgreSQL: initdb of a private cluster ($PG_BIN) on 127.0.0.1:$PORT_PG"
mkdir -p "$PG_DATA" && chown postgres: "$PG_DATA"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >/dev/null
pg_ctl_ -l "$PG_DATA/server.log" -w -o "-p $PORT_PG -k $PG_DATA -c listen_addresses=127.0.0.1 \
  -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
psql -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c 'CREATE DATABASE moha'
DB_URL=postgresql://postgres@127.0.0.1:$PORT_PG/moha
sql() { psql -qAt -h 127.0.0.1 -p "$PORT_PG" -U postgres -d moha -c "$1"; }

# --- the stand-in national portal ----------------------------------------------------------------------------------
PUSHES=$SCRATCH/pushes.jsonl
: >"$PUSHES"
python3 "$BENCH_DIR/portal_stub.py" "$PORT_STUB" "$PUSHES" &
STUB_PID=$!

# --- the two servers -----------------------------------------------------------------------------------------------
# one development token issuer for both (a token from either must hold on the other): B gets A's key pair
mkdir -p "$SCRATCH/A" "$SCRATCH/B"
DATA_DIR=$SCRATCH/A java -jar "$SCRATCH/server.jar" token --role admin >/dev/null 2>&1
cp -r "$SCRATCH/A/dev-issuer" "$SCRATCH/B/"
TOKEN=$(DATA_DIR=$SCRATCH/A java -jar "$SCRATCH/server.jar" token --role admin --minutes 120)

start_instance() { # <A|B>
  local n=$1
  # word splitting of TWO_JAVA_OPTS is intended (several JVM flags)
  # shellcheck disable=SC2086
  env DATABASE_URL="$DB_URL" DATA_DIR="$SCRATCH/$n" HTTP_HOST=127.0.0.1 HTTP_PORT="${PORT[$n]}" \
    PUBLIC_BASE_URI="$LB" SEED_SIZE="$SEED" AWARDS_SEED_SIZE="$((SEED * 5))" LOG_HTTP_LEVEL=WARN \
    RATE_LIMIT_ANONYMOUS_PER_MINUTE="$LIMIT" RATE_LIMIT_KEY_PER_MINUTE=1000000 TRUST_FORWARDED_HEADERS=x-forwarded \
    NATIONAL_PORTAL_URL="http://127.0.0.1:$PORT_STUB" NATIONAL_PORTAL_TOKEN="token-$n" NATIONAL_PORTAL_ORG=bo-noi-vu \
    NATIONAL_PORTAL_INTERVAL_MS=1000 NATIONAL_PORTAL_BACKOFF_MIN_MS=1000 \
    nohup java $JAVA_OPTS -jar "$SCRATCH/server.jar" >>"$SCRATCH/$n/server.log" 2>&1 &
  PID[$n]=$!
  disown "${PID[$n]}" # no "Killed" line from the shell in (d)
}
wait_ready_n() { # <A|B> <max s>
  local n=$1 max=$2 t0=$SECONDS
  while ((SECONDS - t0 < max)); do
    if curl -sf -o /dev/null -m 3 -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${PORT[$n]}/health/ready"; then return 0; fi
    kill -0 "${PID[$n]}" 2>/dev/null || { tail -n 30 "$SCRATCH/$n/server.log" >&2; die "instance $n exited"; }
    sleep 1
  done
  die "instance $n not ready after $max s (see $SCRATCH/$n/server.log; TWO_KEEP=1 keeps it)"
}
# both at once on the empty database: the demo seeds run under a transaction lock, so they load once
log "starting instances A (:$PORT_A) and B (:$PORT_B) at once on the empty database"
T_START=$(now)
start_instance A
start_instance B
wait_ready_n A 600
wait_ready_n B 600
T_BOTH=$(now)
# which instance seeded which dataset ("<what>: seeded N demo …"); each must appear once over both logs
seeds() { grep -oE 'Application [^:]+: seeded' "$SCRATCH/$1/server.log" | sed -E 's/^Application //; s/: seeded$//' || true; }
SEEDED_A=$(seeds A | wc -l) SEEDED_B=$(seeds B | wc -l)
SEEDED_TWICE=$( { seeds A; seeds B; } | sort | uniq -d | tr '\n' ',' )
DOCS=$(sql "SELECT count(*) FROM legaldocs.document")
log "both ready after $(ms_since "$T_START" "$T_BOTH") ms; datasets seeded by A: $SEEDED_A, by B: $SEEDED_B, twice: ${SEEDED_TWICE:-none}"

# --- haproxy -------------------------------------------------------------------------------------------------------
cat >"$SCRATCH/haproxy.cfg" <<EOF
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 3
  # a request whose connection failed (nothing was sent) goes to the other server; nothing else is retried here
  option redispatch
frontend api
  bind 127.0.0.1:$PORT_LB
  default_backend moha
backend moha
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  # the client's address for the rate limits (TRUST_FORWARDED_HEADERS=x-forwarded): set, never appended
  http-request set-header X-Forwarded-For %[src]
  http-response set-header X-Served-By %s
  default-server inter 2s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down
  server A 127.0.0.1:$PORT_A check
  server B 127.0.0.1:$PORT_B check
listen stats
  bind 127.0.0.1:$PORT_STATS
  stats enable
  stats uri /stats
EOF
haproxy -c -q -f "$SCRATCH/haproxy.cfg" || die "haproxy refused $SCRATCH/haproxy.cfg"
haproxy -f "$SCRATCH/haproxy.cfg" -db >"$SCRATCH/haproxy.log" 2>&1 &
LB_PID=$!
lb_status() { curl -s -m 2 "http://127.0.0.1:$PORT_STATS/stats;csv" | awk -F, -v s="$1" '$1 == "moha" && $2 == s { print $18 }'; }
for _ in $(seq 30); do [ "$(lb_status A)" = UP ] && [ "$(lb_status B)" = UP ] && break; sleep 1; done
[ "$(lb_status A)" = UP ] && [ "$(lb_status B)" = UP ] || die "haproxy does not see both servers up"
log "haproxy on 127.0.0.1:$PORT_LB: A $(lb_status A), B $(lb_status B)"

declare -a ROWS=()
row() { ROWS+=("$(printf '| %s | %s | %s |' "$1" "$2" "$3")"); }
row "both started at once on the empty database" "ready after $(ms_since "$T_START" "$T_BOTH") ms; datasets seeded by A: $SEEDED_A, by B: $SEEDED_B, by both: ${SEEDED_TWICE:-none}; $DOCS legal documents" \
  "$( [ -z "$SEEDED_TWICE" ] && ((SEEDED_A + SEEDED_B > 0)) && echo PASS || echo FAIL)"
RUN=$(date -u +%H%M%S)

# --- (a) writes visible through both and through the balancer -------------------------------------------------------
create_doc() { # <base url> <number> [idempotency key] → prints "code location served-by"
  local body out
  body=$(printf '{"number":"%s","type":"THONG_TU","title":"Kiểm thử hai máy chủ %s","issuer":"BNV","issued_date":"2026-01-05","status":"in_force"}' "$2" "$2")
  out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %header{location} %header{x-served-by}' -X POST \
    "$1/api/v1/legal-documents" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${3:+-H "Idempotency-Key: $3"} -d "$body" || true)
  read -r c l s <<<"$out"
  echo "${c:-000} ${l:--} ${s:--}"
}
visible() { # <base url> <path> <number> → 200 when the document with this number is there
  local got
  got=$(curl -s -m 5 -H "Authorization: Bearer $TOKEN" "$1$2" | jq -r '.number // empty' 2>/dev/null || true)
  [ "$got" = "$3" ] && echo yes || echo no
}
check_a() { # <writer A|B> <reader>
  local w=$1 r=$2 num res code loc path other lb
  num="1/2026/TT-BNV-A${RUN}${w}"
  res=$(create_doc "http://127.0.0.1:${PORT[$w]}" "$num")
  read -r code loc _ <<<"$res"
  path=/${loc#*://*/}
  other=$(visible "http://127.0.0.1:${PORT[$r]}" "$path" "$num")
  lb=$(visible "$LB" "$path" "$num")
  row "(a) write through $w (its own port) → $code" "read at once through $r: $other; through the balancer: $lb" \
    "$( [ "$code" = 201 ] && [ "$other" = yes ] && [ "$lb" = yes ] && echo PASS || echo FAIL)"
}
check_a A B
check_a B A

# (a') an open list page the other instance keeps in its page cache: dropped when the write through this one commits
# (V048's NOTIFY reaches the other instance a moment later); the time until the page shows the new document
check_page() { # <writer A|B> <reader>
  local w=$1 r=$2 num page first second code t0 ms=-1 status=- polls=0
  num="2/2026/TT-BNV-P${RUN}${w}"
  page="http://127.0.0.1:${PORT[$r]}/api/v1/legal-documents?number=$num&limit=5"
  cache_status() { curl -s -m 5 -o /dev/null -D - "$page" | tr -d '\r' | sed -n 's/^[Cc]ache-[Ss]tatus: //p'; }
  first=$(cache_status); second=$(cache_status)
  read -r code _ <<<"$(create_doc "http://127.0.0.1:${PORT[$w]}" "$num")"
  t0=$(now)
  for _ in $(seq 500); do
    polls=$((polls + 1))
    if [ "$(curl -s -m 5 "$page" | jq -r '.items | length')" = 1 ]; then ms=$(ms_since "$t0" "$(now)"); break; fi
    sleep 0.002
  done
  status=$(cache_status)
  row "(a') $r keeps a list page ($first, then $second); write through $w → $code" \
    "the page on $r shows the document at read $polls after the 201, $ms ms after it (a read: curl + jq, tens of ms; -1: not within 500 reads); then: $status" \
    "$( [ "$code" = 201 ] && [ "$second" = "moha-opendata; hit" ] && ((ms >= 0 && ms < 1000)) && echo PASS || echo FAIL)"
}
check_page A B
check_page B A

# --- (b) the anonymous rate limit across both -----------------------------------------------------------------------
for _ in $(seq 30); do
  [ "$(ready A | jq -r .instance.live_instances)" = 2 ] && [ "$(ready B | jq -r .instance.live_instances)" = 2 ] && break
  sleep 1
done
N=$((LIMIT + LIMIT / 2))
T0=$(now)
# from 127.0.0.2, a client address nothing else uses (haproxy passes it in X-Forwarded-For), 16 at a time, on a
# cheap counted operation (a code list; the health probes are not rate limited), so that little refills during the burst
seq "$N" | xargs -P 16 -I{} curl -s -o /dev/null -m 10 --interface 127.0.0.2 -w '%{http_code} %header{x-served-by}\n' \
  "$LB/api/v1/code-lists/fields" >"$SCRATCH/burst.txt"
T1=$(now)
BURST_MS=$(ms_since "$T0" "$T1")
OK=$(awk '$1 == 200' "$SCRATCH/burst.txt" | wc -l)
REFUSED=$(awk '$1 == 429' "$SCRATCH/burst.txt" | wc -l)
BY=$(awk '{ n[$1 " by " $2]++ } END { for (k in n) printf "%s%s×%d", (i++ ? ", " : ""), k, n[k] }' "$SCRATCH/burst.txt")
# refill during the burst: LIMIT per minute over both instances
SLACK=$(python3 -c "import math,sys; print(math.ceil(int(sys.argv[1]) * int(sys.argv[2]) / 60000))" "$LIMIT" "$BURST_MS")
BOTH429=$(awk '$1 == 429 { s[$2] = 1 } END { print (("A" in s) && ("B" in s)) ? "yes" : "no" }' "$SCRATCH/burst.txt")
# what the burst's client saw in the rate-limit headers (the share of one instance)
POLICY=$(curl -s -o /dev/null -m 5 --interface 127.0.0.2 -w '%header{ratelimit-policy}' "$LB/api/v1/code-lists/fields")
CONNS=$(sql "SELECT string_agg(application_name || ' ×' || n, ', ' ORDER BY application_name) FROM (SELECT application_name, count(*) n FROM pg_stat_activity WHERE datname = 'moha' AND application_name <> 'psql' GROUP BY 1) c")
row "(b) $N anonymous requests through the balancer in $BURST_MS ms, limit $LIMIT/min (each instance $((LIMIT / 2)))" \
  "200: $OK (at most $LIMIT + $SLACK refilled during the burst), 429: $REFUSED ($BY); refused by both: $BOTH429; RateLimit-Policy: $POLICY" \
  "$( ((OK >= LIMIT - 2 && OK <= LIMIT + SLACK)) && [ "$BOTH429" = yes ] && echo PASS || echo FAIL)"

# --- (c) one push leader; only its pushes reach the portal -----------------------------------------------------------
for _ in $(seq 30); do [ -s "$PUSHES" ] && break; sleep 1; done
sleep 3
LA=$(ready A | jq -r .instance.leader) LB_=$(ready B | jq -r .instance.leader)
LEADER_INSTANCE=$(ready A | jq -r .instance.leader_instance)
if [ "$LA" = true ]; then LEADER=A OTHER=B; else LEADER=B OTHER=A; fi
TOKENS=$(jq -r .token "$PUSHES" | sort | uniq -c | awk '{ printf "%s%s×%d", (i++ ? ", " : ""), $2, $1 }')
ONLY=$(jq -r .token "$PUSHES" | sort -u | tr '\n' ' ')
row "(c) push lock (from /health/ready)" "A leader=$LA, B leader=$LB_ (holder $LEADER_INSTANCE); portal requests so far: $TOKENS" \
  "$( [ "$LA" != "$LB_" ] && [ "$ONLY" = "token-$LEADER " ] && echo PASS || echo FAIL)"

# --- (d) kill -9 of the lock holder during a stream of writes --------------------------------------------------------
STREAM=$SCRATCH/stream
mkdir -p "$STREAM"
writer() { # <writer no>: writes until the end time; each write retried (same Idempotency-Key) until a 201
  local w=$1 i=0 key num res code served tries
  while (($(date +%s) < END)); do
    i=$((i + 1)); key="two-$RUN-$w-$i"; num="$i/2026/TT-BNV-S${RUN}W$w"; tries=0
    while :; do
      tries=$((tries + 1))
      res=$(create_doc "$LB" "$num" "$key")
      read -r code _ served <<<"$res"
      echo "$(date +%s.%N) $w $i $tries $code $served" >>"$STREAM/w$w.log"
      [ "$code" = 201 ] && break
      ((tries >= 50)) && break
      sleep 0.2
    done
  done
}
END=$(($(date +%s) + STREAM_S))
WPIDS=()
for w in $(seq "$WRITERS"); do writer "$w" & WPIDS+=($!); done
sleep $((STREAM_S / 3))
T_KILL=$(now)
kill -KILL "${PID[$LEADER]}"
log "killed $LEADER (pid ${PID[$LEADER]}, the push leader) with SIGKILL"
T_TAKE="" T_DOWN=""
for _ in $(seq 300); do
  [ -z "$T_TAKE" ] && [ "$(ready "$OTHER" | jq -r .instance.leader 2>/dev/null)" = true ] && T_TAKE=$(now)
  [ -z "$T_DOWN" ] && [ "$(lb_status "$LEADER")" != UP ] && T_DOWN=$(now)
  [ -n "$T_TAKE" ] && [ -n "$T_DOWN" ] && break
  sleep 0.1
done
for p in "${WPIDS[@]}"; do wait "$p" || true; done
# the survivor pushes the writes made after the kill: its first request to the portal
FIRST_PUSH=$(jq -r --arg t "token-$OTHER" --argjson k "$T_KILL" 'select(.token == $t and .t > $k) | .t' "$PUSHES" | head -n 1)
LATE_DEAD=$(jq -r --arg t "token-$LEADER" --argjson k "$T_KILL" 'select(.token == $t and .t > $k) | .t' "$PUSHES" | wc -l)
cat "$STREAM"/w*.log | sort -n >"$STREAM/all.log"
ATTEMPTS=$(wc -l <"$STREAM/all.log")
ACKED=$(awk '$5 == 201 { k[$2 "-" $3] = 1 } END { print length(k) }' "$STREAM/all.log")
WRITES=$(awk '{ k[$2 "-" $3] = 1 } END { print length(k) }' "$STREAM/all.log")
FAILED=$(awk '$5 != 201' "$STREAM/all.log" | wc -l)
RETRIED=$(awk '$4 > 1 && $5 == 201' "$STREAM/all.log" | wc -l)
CODES=$(awk '$5 != 201 { n[$5]++ } END { for (c in n) printf "%s%s×%d", (i++ ? ", " : ""), c, n[c] }' "$STREAM/all.log")
AFTER_DOWN=$(awk -v d="${T_DOWN:-0}" -v l="$LEADER" '$1 > d + 0.5 && $6 == l' "$STREAM/all.log" | wc -l)
ROWS_DB=$(sql "SELECT count(*) FROM legaldocs.document WHERE number LIKE '%/2026/TT-BNV-S${RUN}W%'")
DISTINCT_DB=$(sql "SELECT count(DISTINCT number) FROM legaldocs.document WHERE number LIKE '%/2026/TT-BNV-S${RUN}W%'")
TAKE_MS=$([ -n "$T_TAKE" ] && ms_since "$T_KILL" "$T_TAKE" || echo "none in 30 s")
DOWN_MS=$([ -n "$T_DOWN" ] && ms_since "$T_KILL" "$T_DOWN" || echo "none in 30 s")
PUSH_MS=$([ -n "$FIRST_PUSH" ] && ms_since "$T_KILL" "$FIRST_PUSH" || echo "none")
row "(d) kill -9 of the leader $LEADER → $OTHER holds the push lock" "after $TAKE_MS ms (/health/ready polled every 0.1 s); its first push to the portal $PUSH_MS ms after the kill; pushes by the dead one after the kill: $LATE_DEAD" \
  "$( [ -n "$T_TAKE" ] && [ "$LATE_DEAD" = 0 ] && [ -n "$FIRST_PUSH" ] && echo PASS || echo FAIL)"
row "(d) the balancer marks $LEADER down" "after $DOWN_MS ms; requests sent to $LEADER later than 0.5 s after: $AFTER_DOWN" \
  "$( [ -n "$T_DOWN" ] && [ "$AFTER_DOWN" = 0 ] && echo PASS || echo FAIL)"
row "(d) $WRITERS writers × ${STREAM_S} s through the balancer, Idempotency-Key on each" \
  "$WRITES writes, $ACKED acknowledged (201), rows in PostgreSQL $ROWS_DB ($DISTINCT_DB distinct); $ATTEMPTS requests, $FAILED failed (${CODES:-none}), $RETRIED writes acknowledged on a retry" \
  "$( [ "$ROWS_DB" = "$ACKED" ] && [ "$DISTINCT_DB" = "$ROWS_DB" ] && [ "$ACKED" = "$WRITES" ] && echo PASS || echo FAIL)"

# --- (e) the killed instance restarts and rejoins -------------------------------------------------------------------
T_RE=$(now)
start_instance "$LEADER"
wait_ready_n "$LEADER" 300
T_READY=$(now)
T_TWO="" T_UP=""
for _ in $(seq 300); do
  [ -z "$T_TWO" ] && [ "$(ready A | jq -r .instance.live_instances)" = 2 ] \
    && [ "$(ready B | jq -r .instance.live_instances)" = 2 ] && T_TWO=$(now)
  [ -z "$T_UP" ] && [ "$(lb_status "$LEADER")" = UP ] && T_UP=$(now)
  [ -n "$T_TWO" ] && [ -n "$T_UP" ] && break
  sleep 0.1
done
NOW_LEADER_A=$(ready A | jq -r .instance.leader) NOW_LEADER_B=$(ready B | jq -r .instance.leader)
SERVED=$(for _ in 1 2 3 4; do curl -s -o /dev/null -w '%header{x-served-by}\n' -H "Authorization: Bearer $TOKEN" "$LB/health"; done | sort | uniq -c | awk '{ printf "%s%s×%d", (i++ ? ", " : ""), $2, $1 }')
row "(e) restart of $LEADER" "ready $(ms_since "$T_RE" "$T_READY") ms after launch; live instances 2 on both $([ -n "$T_TWO" ] && echo "$(ms_since "$T_RE" "$T_TWO") ms" || echo never) after launch; UP in haproxy $([ -n "$T_UP" ] && echo "$(ms_since "$T_RE" "$T_UP") ms" || echo never) after launch; leader now A=$NOW_LEADER_A B=$NOW_LEADER_B; 4 requests through the balancer: $SERVED" \
  "$( [ -n "$T_TWO" ] && [ -n "$T_UP" ] && [ "$NOW_LEADER_A" != "$NOW_LEADER_B" ] && echo PASS || echo FAIL)"

# --- report --------------------------------------------------------------------------------------------------------
mkdir -p "$BENCH_DIR/results"
OUT=$BENCH_DIR/results/$(date -u +%Y-%m-%dT%H%MZ)-two-instances.txt
{
  echo "# bench/two-instances.sh — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# PostgreSQL: $(sql 'SHOW server_version') (Debian, private cluster), haproxy $(haproxy -v | head -n 1 | awk '{ print $3 }'), jar $(basename "$JAR"), SEED_SIZE=$SEED, $JAVA_OPTS"
  echo "# connections to the database after the burst of (b), both instances: $CONNS"
  echo
  echo "| check | result | verdict |"
  echo "|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "haproxy configuration used:"
  sed 's/^/    /' "$SCRATCH/haproxy.cfg"
} | tee "$OUT"
log "results in $OUT"
if printf '%s\n' "${ROWS[@]}" | grep -q '| FAIL |'; then exit 1; fi
