#!/usr/bin/env bash
# Server killed (issue 9): kill -9 the server in the middle of a stream of writes, restart it, and check.
#
#   bench/kill9.sh
#   KILL9_WRITERS=8 KILL9_BEFORE=8 bench/kill9.sh
#
# Starts the jar on its own fresh DATA_DIR (bench/var-kill9, no demo data: SEED_SIZE=0) on 127.0.0.1, streams legal
# document creates with an officer's token from KILL9_WRITERS (4) parallel writers, recording every id acknowledged
# with 201; after KILL9_BEFORE (5) s sends SIGKILL to the JVM; notes whether the embedded PostgreSQL outlived it;
# restarts the server on the same DATA_DIR (the leftover postmaster must be handled by the server itself) and checks:
#   1. every acknowledged write is in the database;
#   2. no half-written record: every document of the stream has its attachment, its outbox event and its audit row;
#   3. the outbox relay catches up: the SPARQL endpoint knows every acknowledged document's URI (KILL9_CATCHUP, 120 s).
# The national-portal push is off in this run (no NATIONAL_PORTAL_URL); its state is the catalogue's, which the
# writes do not touch. Results go to bench/results/<stamp>-kill9.txt. Exit status 1 when a check fails.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

WRITERS=${KILL9_WRITERS:-4}
BEFORE=${KILL9_BEFORE:-5}
CATCHUP=${KILL9_CATCHUP:-120}
PORT=${KILL9_PORT:-18480}
DATA=${KILL9_DATA_DIR:-$BENCH_DIR/var-kill9}
ROWS=0
BASE=http://127.0.0.1:$PORT
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
SCRATCH=$BENCH_DIR/tmp/$STAMP-kill9-$$
RESULT_FILE=$BENCH_DIR/results/$STAMP-kill9.txt
mkdir -p "$SCRATCH" "$BENCH_DIR/results"
rec() { tee -a "$RESULT_FILE"; }

need curl curl
need python3 python3
need psql postgresql-client
build_jar

WRITER_PID=
cleanup() {
  local rc=$?
  if [ -n "$WRITER_PID" ]; then kill "$WRITER_PID" 2>/dev/null || true; fi
  stop_server
  rm -rf "$SCRATCH"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh_data_dir

t0=$SECONDS
start_server
wait_ready
log "first start (fresh database, migrations): $((SECONDS - t0)) s"
# the token command signs with the local issuer's key under DATA_DIR
TOKEN=$(DATA_DIR="$DATA" java -jar "$SCRATCH/server.jar" token --role officer --unit VU_PHAP_CHE 2>/dev/null | tail -n 1)
[ -n "$TOKEN" ] || die "could not mint a token"

# the writers: one line "id uri" per acknowledged create, flushed as soon as the 201 arrives
ACKS=$SCRATCH/acks.txt
python3 - "$BASE" "$TOKEN" "$WRITERS" "$ACKS" "$BENCH_DIR" >"$SCRATCH/writer.log" 2>&1 <<'PY' &
import http.client, json, sys, threading, urllib.parse
base, token, writers, acks = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, sys.argv[5])
from legaldoc import body as document
u = urllib.parse.urlparse(base)
lock = threading.Lock()
out = open(acks, "a", buffering=1)
seq = [0]
def body(n):
    return document(n, "Kill-9 thử nghiệm số", "Văn bản do bench/kill9.sh tạo")
def run():
    failures = 0
    while failures < 20:
        with lock:
            seq[0] += 1
            n = seq[0]
        try:
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
            c.request("POST", "/api/v1/legal-documents", body(n),
                      {"Content-Type": "application/json", "Authorization": "Bearer " + token})
            r = c.getresponse()
            data = r.read()
            c.close()
            if r.status == 201:
                d = json.loads(data)
                with lock:
                    out.write(f"{d['id']} {d['uri']}\n")
                failures = 0
            else:
                print("status", r.status, data[:200], flush=True)
        except Exception as e:
            failures += 1
            print("error", type(e).__name__, e, flush=True)
            import time; time.sleep(0.1)
threads = [threading.Thread(target=run) for _ in range(writers)]
[t.start() for t in threads]
[t.join() for t in threads]
PY
WRITER_PID=$!
sleep "$BEFORE"
PM=$(head -n 1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
ACKED_AT_KILL=$(wc -l <"$ACKS")
kill -KILL "$SERVER_PID"
log "kill -9 of the server (pid $SERVER_PID) after $BEFORE s of writes; $ACKED_AT_KILL acknowledged so far"
wait "$SERVER_PID" 2>/dev/null || true
sleep 1
if [ -n "$PM" ] && kill -0 "$PM" 2>/dev/null; then SURVIVED="yes (pid $PM)"; else SURVIVED=no; fi
log "the embedded PostgreSQL outlived the JVM: $SURVIVED"
wait "$WRITER_PID" 2>/dev/null || true
WRITER_PID=
ACKED=$(wc -l <"$ACKS")
log "the writers stopped: $ACKED acknowledged writes in all"

t1=$SECONDS
start_server
wait_ready
RESTART=$((SECONDS - t1))
LEFTOVER=$(grep -c 'left running by a previous server' "$SERVER_LOG" || true)
PGPORT=$(pg_port)
[ -n "$PGPORT" ] || die "no database port in $SERVER_LOG"
q() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atqc "$1"; }

IDS=$(cut -d' ' -f1 "$ACKS" | paste -sd, -)
FOUND=$(q "SELECT count(*) FROM legaldocs.document WHERE id IN (${IDS:-0})")
read -r DOCS NO_ATT NO_OUTBOX NO_AUDIT < <(q "SELECT count(*),
  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM legaldocs.attachment a WHERE a.document_id = d.id)),
  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM platform.outbox o WHERE o.dataset = 'legal-documents'
                                     AND o.entity_id = d.id::text AND o.operation = 'create')),
  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM platform.audit_event e WHERE e.record_id = d.id::text
                                     AND e.method = 'POST' AND e.outcome = 'success'))
  FROM legaldocs.document d WHERE d.title LIKE 'Kill-9 %'" | tr '|' ' ')

# the relay: every acknowledged URI in the SPARQL endpoint
cut -d' ' -f2 "$ACKS" >"$SCRATCH/uris.txt"
sparql_count() {
  python3 - "$BASE" "$SCRATCH/uris.txt" <<'PY'
import json, sys, urllib.parse, urllib.request
base, path = sys.argv[1], sys.argv[2]
uris = [l.strip() for l in open(path) if l.strip()]
found = 0
for i in range(0, len(uris), 200):
    values = " ".join(f"<{u}>" for u in uris[i:i + 200])
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}"
    req = urllib.request.Request(base + "/sparql", data=urllib.parse.urlencode({"query": q}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        found += int(json.load(r)["results"]["bindings"][0]["n"]["value"])
print(found)
PY
}
t2=$SECONDS
IN_SPARQL=0
while ((SECONDS - t2 < CATCHUP)); do
  IN_SPARQL=$(sparql_count || echo 0)
  [ "$IN_SPARQL" -ge "$ACKED" ] && break
  sleep 2
done
CAUGHT_UP=$((SECONDS - t2))

ok=1
{
  echo "# bench/kill9.sh $STAMP — kill -9 during a stream of writes, restart, check"
  echo "command: KILL9_WRITERS=$WRITERS KILL9_BEFORE=$BEFORE bench/kill9.sh"
  echo "writes acknowledged (201): $ACKED ($ACKED_AT_KILL when the signal was sent)"
  echo "embedded PostgreSQL outlived the kill -9: $SURVIVED; leftover postmaster stopped by the restart: $LEFTOVER"
  echo "restart to ready: $RESTART s"
  echo "acknowledged writes found after the restart: $FOUND of $ACKED"
  echo "documents of the stream in the database: $DOCS (the acknowledged ones plus any committed whose 201 was lost)"
  echo "half-written: without attachment $NO_ATT, without outbox event $NO_OUTBOX, without audit row $NO_AUDIT"
  echo "outbox relay: $IN_SPARQL of $ACKED acknowledged URIs in SPARQL after $CAUGHT_UP s"
} | rec
[ "$FOUND" = "$ACKED" ] || { echo "FAIL: acknowledged writes are missing" | rec; ok=0; }
[ "$NO_ATT$NO_OUTBOX$NO_AUDIT" = "000" ] || { echo "FAIL: half-written records" | rec; ok=0; }
[ "$IN_SPARQL" -ge "$ACKED" ] || { echo "FAIL: the relay did not catch up in $CATCHUP s" | rec; ok=0; }
((ACKED > 0)) || { echo "FAIL: no write was acknowledged" | rec; ok=0; }
((ok)) && echo "PASS" | rec
((ok))
