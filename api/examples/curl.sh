#!/usr/bin/env bash
# moha-opendata — the example requests of legal-documents.http, with curl, as a runnable walk-through that
# also checks each answer's HTTP status (a smoke test of a running server).
#
#   api/examples/curl.sh                                   # against http://localhost:8080, token from var/admin-token
#   BASE=http://127.0.0.1:18080 TOKEN=… api/examples/curl.sh
#   VERBOSE=1 api/examples/curl.sh                          # print whole bodies
#   READ_ONLY=1 api/examples/curl.sh                        # skip create / update / delete
#
# TOKEN defaults to the contents of $DATA_DIR/admin-token (DATA_DIR defaults to var/, relative to the current
# directory) — the writers' token the server generates when ADMIN_TOKEN is not set.
# Needs curl and jq. Ends with "N passed, N failed"; exits 1 if any check failed.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
BASE=${BASE%/}
API=$BASE/api/v1/legal-documents
if [ -z "${TOKEN:-}" ] && [ -r "${DATA_DIR:-var}/admin-token" ]; then
  TOKEN=$(tr -d '[:space:]' <"${DATA_DIR:-var}/admin-token")
fi
TOKEN=${TOKEN:-}
command -v jq >/dev/null || { echo "curl.sh needs jq (apt-get install jq)" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BODY=$TMP/body
HEADERS=$TMP/headers
PASS=0
FAIL=0

# show <curl args…>: prints the command (token masked) the way you would type it
show() {
  local out="curl" a
  for a in "$@"; do
    [ -n "$TOKEN" ] && a=${a//"$TOKEN"/\$TOKEN}
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
  for h in ETag Location Link Content-Type; do
    header "$h" | sed "s/^/     $h: /"
  done
  summarise
}

# value of a response header of the last step (empty if absent)
header() { tr -d '\r' <"$HEADERS" | sed -n "s/^$1: *//Ip" | tail -n 1; }
# jq on the last body
body() { jq -r "$1" "$BODY" 2>/dev/null; }

summarise() {
  [ -s "$BODY" ] || { echo "     (no body)"; return; }
  if [ -n "${VERBOSE:-}" ]; then jq . "$BODY" 2>/dev/null || cat "$BODY"; return; fi
  jq -r '
    def short: tostring | if length > 90 then .[0:90] + "…" else . end;
    if (.status | type) == "number" and has("title") then
      "     problem \(.status) \(.code // ""): \(.detail // .title | short)",
      (.errors // [] | .[] | "       - \(.pointer) (\(.in // "")): \(.message | short)")
    elif has("scheme") and has("items") then
      "     code list \(.scheme): \(.items | length) codes",
      (.items[0:5][] | "       - \(.code): \(.label.vi)" + (if .label.en then " / \(.label.en)" else "" end) | short)
    elif has("items") and (.items | type) == "array" then
      "     \(.items | length) items" + (if has("total") then ", total \(.total)" else "" end)
        + (if .next then ", next page: yes" else "" end),
      (.items[0:5][] | "       - " + ((if has("document") then "\(.direction) \(.type): " + (.document.number // "")
          + " " + (.document.title // "") else "#\(.id) \(.number) — \(.title)" end) | short))
    elif has("id") and has("number") then
      "     #\(.id) \(.number) — \(.title | short)",
      "     \(.type) / \(.issuer) / \(.status), issued \(.issued_date); \(.attachments // [] | length) attachment(s), \(.relations // [] | length) outgoing relation(s)"
    else
      (tostring | short | "     " + .)
    end' "$BODY" 2>/dev/null || head -c 300 "$BODY" | sed 's/^/     /'
}

echo "moha-opendata examples against $BASE"

# --- operations ---
step 200 "Entry point" "$BASE/"
step 200 "Readiness" "$BASE/health/ready"

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

# --- writing ---
if [ -n "${READ_ONLY:-}" ]; then
  echo; echo "(READ_ONLY set: create / update / delete skipped)"
elif [ -z "$TOKEN" ]; then
  echo; echo "(no TOKEN and no ${DATA_DIR:-var}/admin-token: create / update / delete skipped)"
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

# --- errors (all application/problem+json) ---
step 404 "Unknown id → 404" "$API/999999999"
step 400 "limit above 200 → 400" "$API?limit=500"
step 400 "Unknown status value → 400" "$API?status=valid"
step 400 "sort=relevance without q → 400" "$API?sort=relevance"
step 400 "A cursor this server did not issue → 400" "$API?cursor=bm90LWEtY3Vyc29y"
step 400 "An id that is not a number → 400" "$API/abc"
step 401 "Write without a token → 401" -X POST "$API" -H 'Content-Type: application/json' \
  --data-binary '{"number": "1/QĐ-BNV", "type": "QD_CB", "title": "No token", "issuer": "BNV", "issued_date": "2026-01-02", "status": "in_force"}'
step 401 "Write with a wrong token → 401" -X DELETE "$API/$ID" -H 'Authorization: Bearer not-the-right-token'

echo
echo "curl.sh: $PASS passed, $FAIL failed"
((FAIL == 0))
