-- wrk: diacritics-insensitive full-text search, rotating over realistic Vietnamese queries typed
-- WITHOUT diacritics (what people type on a phone / an English keyboard).
--   GET /api/v1/legal-documents?q=<query>&limit=<SEARCH_LIMIT>
-- Each thread walks the list round-robin from its own offset. Override the list with
-- BENCH_QUERIES="q1|q2|…"; extra query parameters with SEARCH_EXTRA (e.g. "&count=true").
--   BENCH_NAME=search wrk --latency -t2 -c32 -d30s -s bench/wrk/search.lua http://127.0.0.1:18080
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local default_queries = {
  "nghi dinh to chuc bo may",
  "can bo cong chuc",
  "cai cach hanh chinh",
  "thi dua khen thuong",
  "tien luong",
  "vien chuc",
  "bao hiem xa hoi",
  "chuyen doi so",
  "van thu luu tru",
  "chinh quyen dia phuong",
  "tin nguong ton giao",
  "sap xep don vi hanh chinh",
  "thong tu bo noi vu",
  "quyet dinh thu tuong chinh phu",
  "to chuc hoi quy",
  "lao dong viec lam",
}

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local queries = {}
local env = os.getenv("BENCH_QUERIES")
if env and env ~= "" then
  for q in env:gmatch("[^|]+") do queries[#queries + 1] = q end
else
  queries = default_queries
end
local path = os.getenv("SEARCH_PATH") or "/api/v1/legal-documents"
local limit = os.getenv("SEARCH_LIMIT") or "20"
local extra = os.getenv("SEARCH_EXTRA") or ""

local thread_no = 0
function setup(thread)
  thread_no = thread_no + 1
  thread:set("offset", thread_no * 7)
end

local reqs = {}
local i = 0
function init(args)
  for k, q in ipairs(queries) do
    reqs[k] = wrk.format("GET", path .. "?q=" .. urlencode(q) .. "&limit=" .. limit .. extra)
  end
  i = offset or 0
end
request = function()
  i = i + 1
  return reqs[(i % #reqs) + 1]
end
