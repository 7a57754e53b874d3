#!/usr/bin/env bash
# moha-opendata — the example requests of legal-documents.http and access.http, with curl, as a runnable
# walk-through that also checks each answer (a smoke test of a running server).
#
#   api/examples/curl.sh                                   # against http://localhost:8080, demo tokens from the jar
#   BASE=http://127.0.0.1:18080 DATA_DIR=/srv/moha/var api/examples/curl.sh
#   BASE=https://… TOKEN=… api/examples/curl.sh           # a token from your identity provider
#   VERBOSE=1 api/examples/curl.sh                          # print whole bodies
#   READ_ONLY=1 api/examples/curl.sh                        # skip create / update / delete and the API key steps
#
# Tokens. Without TOKEN the script gets demo tokens from the server's local development issuer (a server without
# OIDC_ISSUER), the way you would by hand:
#   TOKEN=$(java -jar target/moha-opendata.jar token --role officer --unit VU_PHAP_CHE)
# JAR is the jar (default target/moha-opendata.jar of this repository); the token command reads DATA_DIR (default
# var, relative to the current directory) like the server, so pass the server's DATA_DIR (no tokens when it has no
# dev-issuer/ key: the command would make a new one, which the server does not trust). Besides the writer (an
# officer of the legal department VU_PHAP_CHE) it signs an officer of another unit, a reviewer and an auditor.
# With TOKEN set (a writer: officer of VU_PHAP_CHE, or admin) the jar is not used; the other roles then come from
# OTHER_UNIT_TOKEN, REVIEWER_TOKEN and AUDITOR_TOKEN, and the steps that need a missing one are skipped.
# Needs curl and jq (and java for demo tokens). Ends with "N passed, N failed"; exits 1 if any check failed.
# shellcheck disable=SC2016 # jq programs and the commands shown are single-quoted on purpose
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
BASE=${BASE%/}
API=$BASE/api/v1/legal-documents
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${JAR:-$ROOT/target/moha-opendata.jar}
DATA_DIR=${DATA_DIR:-var}
TOKEN=${TOKEN:-}
OTHER_UNIT_TOKEN=${OTHER_UNIT_TOKEN:-}
REVIEWER_TOKEN=${REVIEWER_TOKEN:-}
AUDITOR_TOKEN=${AUDITOR_TOKEN:-}
KEY=
command -v jq >/dev/null || { echo "curl.sh needs jq (apt-get install jq)" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BODY=$TMP/body
HEADERS=$TMP/headers
PASS=0
FAIL=0
# credentials masked in the commands shown (printed as $NAME)
SECRETS=(TOKEN OTHER_UNIT_TOKEN REVIEWER_TOKEN AUDITOR_TOKEN KEY)

# show <curl args…>: prints the command (credentials masked) the way you would type it
show() {
  local out="curl" a n
  for a in "$@"; do
    for n in "${SECRETS[@]}"; do
      if [ -n "${!n}" ]; then a=${a//"${!n}"/\$$n}; fi
    done
    if [[ $a =~ [[:space:]\"\'\&\?\;\<\>\(\)\$] ]]; then out+=" '${a//\'/\'\\\'\'}'"; else out+=" $a"; fi
  done
  printf '  $ %s\n' "$out"
}

# step <expected status> <title> <curl args…>: one request, its status check and a short view of the answer
step() {
  local want=$1 title=$2; shift 2
  echo
  echo "== $title"
  show "$@"
  local code
  : >"$BODY"
  code=$(curl -sS --max-time 30 -o "$BODY" -D "$HEADERS" -w '%{http_code}' "$@") || code=000
  if [[ " $want " == *" $code "* ]]; then
    PASS=$((PASS + 1))
    echo "  -> HTTP $code (expected $want) ok"
  else
    FAIL=$((FAIL + 1))
    echo "  -> HTTP $code (expected $want) FAILED"
  fi
  local h
  for h in ETag Location Link Content-Type WWW-Authenticate Retry-After; do
    header "$h" | sed "s/^/     $h: /"
  done
  summarise
}

# check <label> <command…>: one more assertion about the last answer, counted like a step
check() {
  local label=$1; shift
  if "$@"; then PASS=$((PASS + 1)); echo "  -> $label: ok"
  else FAIL=$((FAIL + 1)); echo "  -> $label: FAILED"; fi
}
# same <label> <actual> <expected>: check that a value of the last answer is the expected one
same() {
  if [ "$2" = "$3" ]; then PASS=$((PASS + 1)); echo "  -> $1 is $3: ok"
  else FAIL=$((FAIL + 1)); echo "  -> $1 is ${2:-(nothing)}, expected $3: FAILED"; fi
}
matches() { [[ $1 =~ $2 ]]; }
# holds <jq args…>: whether a jq condition holds for the last body
holds() { jq -e "$@" "$BODY" >/dev/null 2>&1; }

# value of a response header of the last step (empty if absent)
header() { tr -d '\r' <"$HEADERS" | sed -n "s/^$1: *//Ip" | tail -n 1; }
# jq on the last body
body() { jq -r "$1" "$BODY" 2>/dev/null; }

# the RateLimit-* headers of the last step in one line, or a note that the server runs without limits
ratelimit() {
  if [ -n "$(header RateLimit-Limit)" ]; then
    echo "     RateLimit: limit $(header RateLimit-Limit)/min, remaining $(header RateLimit-Remaining)," \
      "reset $(header RateLimit-Reset) s, policy $(header RateLimit-Policy)"
  else
    echo "     (no RateLimit-* headers: rate limits are off on this server)"
  fi
}

summarise() {
  [ -s "$BODY" ] || { echo "     (no body)"; return; }
  if [ -n "${VERBOSE:-}" ]; then jq . "$BODY" 2>/dev/null || cat "$BODY"; return; fi
  jq -r '
    def short: tostring | if length > 90 then .[0:90] + "…" else . end;
    def item:
      if has("document") then "\(.direction) \(.type): " + (.document.number // "") + " " + (.document.title // "")
      elif has("operation") then "\(.at[0:19]) \(.actor) \(.operation) \(.record_type // "-")/\(.record_id // "-")"
        + " → \(.outcome) \(.status)"
      elif has("prefix") then "\(.prefix)… \(.name) (id \(.id))" + (if .revoked_at then ", revoked" else "" end)
      else "#\(.id) \(.number) — \(.title)" end;
    if (.status | type) == "number" and has("title") then
      "     problem \(.status) \(.code // ""): \(.detail // .title | short)",
      (.errors // [] | .[] | "       - \(.pointer) (\(.in // "")): \(.message | short)")
    elif has("scheme") and has("items") then
      "     code list \(.scheme): \(.items | length) codes",
      (.items[0:5][] | "       - \(.code): \(.label.vi)" + (if .label.en then " / \(.label.en)" else "" end) | short)
    elif has("items") and (.items | type) == "array" then
      "     \(.items | length) items" + (if has("total") then ", total \(.total)" else "" end)
        + (if .next then ", next page: yes" else "" end),
      (.items[0:8][] | "       - " + (item | short))
    elif has("authenticated_by") then
      "     \(.subject), authenticated by \(.authenticated_by), roles \(.roles | join(", ")), unit \(.unit // "none")"
        + (if .api_key_id then ", key \(.api_key_id)" else "" end)
    elif has("key") and has("prefix") then
      "     API key \(.prefix)… \"\(.name)\", id \(.id) (the whole key is in this answer only)"
    elif has("id") and has("number") then
      "     #\(.id) \(.number) — \(.title | short)",
      "     \(.type) / \(.issuer) / \(.status), issued \(.issued_date); \(.attachments // [] | length) attachment(s), \(.relations // [] | length) outgoing relation(s)"
    else
      (tostring | short | "     " + .)
    end' "$BODY" 2>/dev/null || head -c 300 "$BODY" | sed 's/^/     /'
}

# mint <variable> <token command args…>: a demo token of the local development issuer into <variable>
mint() {
  local var=$1; shift
  printf '  $ %s=$(DATA_DIR=%s java -jar %s token %s)\n' "$var" "$DATA_DIR" "${JAR#"$PWD"/}" "$*"
  local t
  t=$(DATA_DIR=$DATA_DIR java -jar "$JAR" token "$@" 2>"$TMP/mint.err") || t=
  printf -v "$var" '%s' "$t"
  if [ -z "$t" ]; then sed 's/^/     /' "$TMP/mint.err"; fi
}

echo "moha-opendata examples against $BASE"

# --- credentials ---
echo
if [ -n "$TOKEN" ]; then
  OTHERS="${OTHER_UNIT_TOKEN:+ OTHER_UNIT_TOKEN}${REVIEWER_TOKEN:+ REVIEWER_TOKEN}${AUDITOR_TOKEN:+ AUDITOR_TOKEN}"
  echo "== Tokens: TOKEN from the environment; other roles:${OTHERS:- none (steps that need them are skipped)}"
elif [ ! -r "$JAR" ]; then
  echo "== Tokens: none (no TOKEN, and no $JAR to sign demo tokens: set JAR, or build it)"
elif ! command -v java >/dev/null; then
  echo "== Tokens: none (no TOKEN, and no java to run $JAR token)"
elif [ ! -r "$DATA_DIR/dev-issuer/private-key.pem" ]; then
  # the token command would make a new key there, whose tokens the server refuses
  echo "== Tokens: none (no TOKEN, and no $DATA_DIR/dev-issuer/private-key.pem: set DATA_DIR to the server's)"
else
  echo "== Tokens: demo tokens of the local development issuer"
  mint TOKEN --role officer --unit VU_PHAP_CHE
  if [ -n "$TOKEN" ]; then
    [ -n "$OTHER_UNIT_TOKEN" ] || mint OTHER_UNIT_TOKEN --role officer --unit VU_TCPCP --sub demo-officer-tcpcp
    [ -n "$REVIEWER_TOKEN" ] || mint REVIEWER_TOKEN --role reviewer
    [ -n "$AUDITOR_TOKEN" ] || mint AUDITOR_TOKEN --role auditor
  fi
fi

# --- operations ---
step 200 "Entry point" "$BASE/"
check "X-Request-Id given to the answer ($(header X-Request-Id))" test -n "$(header X-Request-Id)"
step 200 "Readiness" "$BASE/health/ready"

# --- headers of every answer ---
RID="curl-sh-$$-$(date +%s)"
step 200 "Your own X-Request-Id is echoed (and logged); rate limit and security headers" \
  -H "X-Request-Id: $RID" "$API?limit=1"
same "X-Request-Id" "$(header X-Request-Id)" "$RID"
ratelimit
same "X-Content-Type-Options" "$(header X-Content-Type-Options)" nosniff
step 404 "A problem repeats the request id as request_id" -H "X-Request-Id: $RID-2" "$API/999999999"
same "X-Request-Id" "$(header X-Request-Id)" "$RID-2"
same "request_id" "$(body .request_id)" "$RID-2"
step 200 "CORS: a cross-origin GET is allowed" -H 'Origin: https://example.org' "$API?limit=1"
same "Access-Control-Allow-Origin" "$(header Access-Control-Allow-Origin)" "*"
step "200 204" "CORS: the preflight of a cross-origin POST offers GET only" -X OPTIONS \
  -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: POST' "$API"
check "Access-Control-Allow-Methods: $(header Access-Control-Allow-Methods)" \
  matches "$(header Access-Control-Allow-Methods)" '^ *(GET|HEAD)( *, *(GET|HEAD))* *$'

# --- reading ---
step 200 "List: first page (20, newest first)" "$API"
FIRST_ID=$(body '.items[0].id')
step 200 "List: 50 per page, with the total" "$API?limit=50&count=true"
step 200 "Filters: decrees in force issued 2020-2024, oldest first, with count" \
  "$API?type=NGHI_DINH&status=in_force&issued_from=2020-01-01&issued_to=2024-12-31&sort=issued_date&count=true&limit=5"
step 200 "Filters: Ministry of Home Affairs (BNV), field salaries (TIEN_LUONG)" "$API?issuer=BNV&field=TIEN_LUONG&limit=5"
step 200 "Filters: administrative documents in effect on 2025-07-01" "$API?kind=administrative&effective_on=2025-07-01&limit=5"
step 200 "Filter: exact number (curl -G --data-urlencode encodes 63/2022/NĐ-CP)" -G "$API" --data-urlencode "number=63/2022/NĐ-CP"
step 200 "Search without diacritics: nghi dinh to chuc bo may" -G "$API" --data-urlencode "q=nghi dinh to chuc bo may" -d limit=5 -d count=true
NO_MARKS=$(body '[.items[].id] | join(",")')
step 200 "Search with diacritics: same documents" -G "$API" --data-urlencode "q=nghị định tổ chức bộ máy" -d limit=5
if [ "$(body '[.items[].id] | join(",")')" = "$NO_MARKS" ]; then
  PASS=$((PASS + 1)); echo "  -> same ids as without diacritics: ok"
else
  FAIL=$((FAIL + 1)); echo "  -> ids differ from the search without diacritics: FAILED ($NO_MARKS)"
fi
step 200 "Search + filter: can bo cong chuc in decrees" -G "$API" --data-urlencode "q=can bo cong chuc" -d type=NGHI_DINH -d count=true -d limit=5
step 200 "Search syntax: phrase, exclusion" -G "$API" --data-urlencode 'q="cai cach hanh chinh" -thong bao' -d limit=5

step 200 "Paging, page 1 (sort=number, 5 per page)" "$API?limit=5&sort=number"
NEXT=$(body '.next // empty')
PAGE1=$(body '[.items[].id] | join(",")')
if [ -n "$NEXT" ]; then
  step 200 "Paging, page 2: follow next as it is" "$NEXT"
  OVERLAP=$(jq -r --arg p "$PAGE1" '($p | split(",")) as $one | [.items[].id | tostring | select(IN($one[]))] | length' "$BODY")
  if [ "$OVERLAP" = 0 ]; then PASS=$((PASS + 1)); echo "  -> no document repeated from page 1: ok"
  else FAIL=$((FAIL + 1)); echo "  -> $OVERLAP documents repeated from page 1: FAILED"; fi
fi

ID=${DOC_ID:-${FIRST_ID:-1}}
step 200 "One document (full text, attachments, relations) and its ETag" "$API/$ID"
ETAG=$(header ETag)
step 304 "Conditional GET with If-None-Match → 304" -H "If-None-Match: $ETAG" "$API/$ID"
step 200 "Relations in both directions" "$API/$ID/relations"
step 200 "Code list: document types" "$BASE/api/v1/code-lists/legal-document-types"

# --- who am I ---
step 200 "Who am I, anonymous" "$BASE/api/v1/me"
same "authenticated_by" "$(body .authenticated_by)" anonymous
if [ -n "$TOKEN" ]; then
  step 200 "Who am I, with the bearer token (roles and unit from the token)" -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/me"
  same "authenticated_by" "$(body .authenticated_by)" token
  ratelimit
fi
step 401 "A token that does not verify → 401, even on open data" -H 'Authorization: Bearer not-a-token' "$BASE/api/v1/me"
check "WWW-Authenticate has error=\"invalid_token\"" matches "$(header WWW-Authenticate)" 'error="invalid_token"'

# --- writing (officer of VU_PHAP_CHE, or admin) ---
if [ -n "${READ_ONLY:-}" ]; then
  echo; echo "(READ_ONLY set: create / update / delete skipped)"
elif [ -z "$TOKEN" ]; then
  echo; echo "(no token: create / update / delete skipped)"
else
  NUMBER="$((100000 + $(date +%s) % 900000))/QĐ-BNV" # administrative number, unique per run
  DOC=$(jq -cn --arg number "$NUMBER" --argjson target "$ID" '{
    number: $number, type: "QD_CB", issuer: "BNV",
    title: "Quyết định về việc thử nghiệm cổng dữ liệu mở của Bộ Nội vụ",
    signer: {name: "Nguyễn Văn A", title: "Thứ trưởng"},
    issued_date: "2026-11-20", effective_date: "2026-11-20", status: "in_force",
    fields: ["CHUYEN_DOI_SO"], summary: "Ví dụ tạo văn bản qua API.",
    attachments: [{name: "quyet-dinh.pdf", media_type: "application/pdf", size: 123456}],
    relations: [{type: "related_to", target: $target}]}')
  step 201 "Create (bearer token) → 201 + Location + ETag" -X POST "$API" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "$DOC"
  NEW_ID=$(body '.id // empty')
  CREATED_ETAG=$(header ETag)
  if [ -n "$NEW_ID" ]; then
    step 200 "Read it back" "$API/$NEW_ID"
    CURRENT=$(header ETag)
    UPDATED=$(jq -c '.title += " (sửa đổi)" | .fields += ["CAI_CACH_HC"]' <<<"$DOC")
    if [ -n "$OTHER_UNIT_TOKEN" ]; then
      step 403 "An officer of another unit (VU_TCPCP) → 403 unit-scope" -X PUT "$API/$NEW_ID" \
        -H "Authorization: Bearer $OTHER_UNIT_TOKEN" -H "If-Match: $CURRENT" -H 'Content-Type: application/json' \
        --data-binary "$UPDATED"
      same "code" "$(body .code)" unit-scope
    fi
    step 200 "Update with If-Match: current ETag → 200 + new ETag" -X PUT "$API/$NEW_ID" \
      -H "Authorization: Bearer $TOKEN" -H "If-Match: $CURRENT" -H 'Content-Type: application/json' --data-binary "$UPDATED"
    step 412 "Update with a stale If-Match (the creation's ETag) → 412" -X PUT "$API/$NEW_ID" \
      -H "Authorization: Bearer $TOKEN" -H "If-Match: $CREATED_ETAG" -H 'Content-Type: application/json' --data-binary "$UPDATED"
    step 428 "Update without If-Match → 428" -X PUT "$API/$NEW_ID" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "$UPDATED"
    step 409 "Create the same number again → 409 duplicate" -X POST "$API" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "$DOC"
    step 204 "Delete → 204" -X DELETE "$API/$NEW_ID" -H "Authorization: Bearer $TOKEN"
    step 404 "Deleted → 404" "$API/$NEW_ID"
  fi
  step 400 "Invalid body: missing title, bad date, unknown property → 400 with errors[]" -X POST "$API" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary '{"number": "2/QĐ-BNV", "type": "QD_CB", "issuer": "BNV", "issued_date": "20-11-2026", "status": "in_force", "colour": "red"}'
  step 400 "Unknown type code → 400" -X POST "$API" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary '{"number": "3/QĐ-BNV", "type": "NO_SUCH_TYPE", "title": "Unknown type", "issuer": "BNV", "issued_date": "2026-11-20", "status": "in_force"}'
  step "400 415" "A body that is not JSON → 400/415" -X POST "$API" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/plain' --data-binary 'hello'
fi

# --- API keys (created with a bearer token, sent as X-API-Key; open data only, higher rate limit) ---
if [ -n "${READ_ONLY:-}" ]; then
  echo; echo "(READ_ONLY set: API key steps skipped)"
elif [ -z "$TOKEN" ]; then
  echo; echo "(no token: API key steps skipped)"
else
  step 201 "Create an API key (bearer token) → 201; the key itself is in this answer only" -X POST "$BASE/api/v1/api-keys" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary '{"name": "curl.sh example"}'
  KEY=$(body '.key // empty')
  KEY_ID=$(body '.id // empty')
  check "key has the form moha_…" matches "$KEY" '^moha_[A-Za-z0-9_-]{43}$'
  if [ -n "$KEY_ID" ]; then
    step 200 "Your API keys (never the secret)" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/api-keys"
    check "the new key is listed, without its secret" \
      holds --arg id "$KEY_ID" 'any(.items[]; .id == $id and (has("key") | not))'
    step 200 "Who am I, with the API key" -H "X-API-Key: $KEY" "$BASE/api/v1/me"
    same "authenticated_by" "$(body .authenticated_by)" api-key
    same "api_key_id" "$(body .api_key_id)" "$KEY_ID"
    step 200 "Open data with the API key (the rate limit of a key)" -H "X-API-Key: $KEY" "$API?limit=1"
    ratelimit
    step 403 "An API key on a write → 403 credential-not-accepted" -X POST "$API" -H "X-API-Key: $KEY" \
      -H 'Content-Type: application/json' \
      --data-binary '{"number": "5/QĐ-BNV", "type": "QD_CB", "title": "With a key", "issuer": "BNV", "issued_date": "2026-01-02", "status": "in_force"}'
    same "code" "$(body .code)" credential-not-accepted
    step 400 "Both an API key and a bearer token → 400 ambiguous-credentials" -H "X-API-Key: $KEY" \
      -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me"
    step 204 "Revoke the key → 204" -X DELETE "$BASE/api/v1/api-keys/$KEY_ID" -H "Authorization: Bearer $TOKEN"
    step 401 "The revoked key → 401" -H "X-API-Key: $KEY" "$BASE/api/v1/me"
    same "code" "$(body .code)" invalid-api-key
  fi
fi

# --- the audit log (auditors only) ---
if [ -n "$AUDITOR_TOKEN" ]; then
  if [ -n "${NEW_ID:-}" ]; then
    step 200 "Auditor: the audit trail of document #$NEW_ID, newest first" -G "$BASE/api/v1/audit-events" \
      -d record_type=legal-document -d record_id="$NEW_ID" -H "Authorization: Bearer $AUDITOR_TOKEN"
    for OP in createLegalDocument updateLegalDocument deleteLegalDocument; do
      check "$OP by $(body "[.items[] | select(.operation == \"$OP\" and .outcome == \"success\") | .actor][0]") in the trail" \
        holds --arg op "$OP" 'any(.items[]; .operation == $op and .outcome == "success")'
    done
    if [ -n "$OTHER_UNIT_TOKEN" ]; then
      check "the other unit's attempt in the trail as denied (by $(body '[.items[] | select(.outcome == "denied")][0].actor'))" \
        holds 'any(.items[]; .operation == "updateLegalDocument" and .outcome == "denied" and .status == 403)'
    fi
  else
    step 200 "Auditor: the latest audit events" -H "Authorization: Bearer $AUDITOR_TOKEN" "$BASE/api/v1/audit-events?limit=5"
  fi
  step 200 "Auditor: refused attempts of the last hour" -G "$BASE/api/v1/audit-events" -d outcome=denied -d limit=5 \
    --data-urlencode "since=$(date -u -d '1 hour ago' +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u +%Y-%m-%dT00:00:00Z)" \
    -H "Authorization: Bearer $AUDITOR_TOKEN"
fi
if [ -n "$REVIEWER_TOKEN" ]; then
  step 403 "A reviewer on the audit log → 403" -H "Authorization: Bearer $REVIEWER_TOKEN" "$BASE/api/v1/audit-events"
  same "code" "$(body .code)" forbidden
fi
step 401 "The audit log without a token → 401" "$BASE/api/v1/audit-events"
check "WWW-Authenticate: Bearer challenge" matches "$(header WWW-Authenticate)" '^Bearer'

# --- errors (all application/problem+json) ---
step 404 "Unknown id → 404" "$API/999999999"
step 400 "limit above 200 → 400" "$API?limit=500"
step 400 "Unknown status value → 400" "$API?status=valid"
step 400 "sort=relevance without q → 400" "$API?sort=relevance"
step 400 "A cursor this server did not issue → 400" "$API?cursor=bm90LWEtY3Vyc29y"
step 400 "An id that is not a number → 400" "$API/abc"
step 401 "Write without a token → 401" -X POST "$API" -H 'Content-Type: application/json' \
  --data-binary '{"number": "1/QĐ-BNV", "type": "QD_CB", "title": "No token", "issuer": "BNV", "issued_date": "2026-01-02", "status": "in_force"}'
check "WWW-Authenticate: Bearer challenge" matches "$(header WWW-Authenticate)" '^Bearer'
step 401 "Write with a wrong token → 401" -X DELETE "$API/$ID" -H 'Authorization: Bearer not-the-right-token'
check "WWW-Authenticate has error=\"invalid_token\"" matches "$(header WWW-Authenticate)" 'error="invalid_token"'

echo
echo "curl.sh: $PASS passed, $FAIL failed"
((FAIL == 0))
