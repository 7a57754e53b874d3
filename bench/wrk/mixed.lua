-- wrk: mixed reads and writes for bench/soak.sh, plus the BENCH_RESULT line of report.lua.
-- Every SOAK_WRITE_EVERY-th request (default 10) creates a legal document (POST, Bearer SOAK_TOKEN, a number
-- unique to the run, thread and request); the others read: a document by random id in 1..SOAK_MAX_ID, a list page,
-- a full-text search, a feedback list page. SOAK_DELAY_MS (default 0) waits between a connection's requests: the
-- rate is then about connections × 1000 / (delay + latency) per second (wrk has no rate option; wrk2 is not packaged).
--   SOAK_TOKEN=… SOAK_MAX_ID=1000 SOAK_RUN=$RANDOM wrk -t2 -c16 -d300s -s bench/wrk/mixed.lua http://127.0.0.1:18580
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local token = os.getenv("SOAK_TOKEN") or ""
local max_id = tonumber(os.getenv("SOAK_MAX_ID") or "1000")
local every = tonumber(os.getenv("SOAK_WRITE_EVERY") or "10")
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local run = os.getenv("SOAK_RUN") or "0"
local next_tid = 1

function setup(thread)
  thread:set("tid", next_tid)
  thread:set("seed", math.random(1, 1e9))
  next_tid = next_tid + 1
end

function init(args)
  math.randomseed(seed)
  n = 0
end

local reads = {
  function() return "/api/v1/legal-documents/" .. math.random(1, max_id) end,
  function() return "/api/v1/legal-documents?limit=50" end,
  function() return "/api/v1/legal-documents?q=c%C3%B4ng%20ch%E1%BB%A9c&limit=20" end,
  function() return "/api/v1/feedback?limit=20" end,
}

request = function()
  n = n + 1
  if n % every == 0 then
    -- a normative number (N/YEAR/TYPE-ISSUER, N of at most 5 digits) unique to the run and thread
    local number = string.format("%d/2025/TT-BNV-%sT%d", math.floor(n / every), run, tid)
    local body = '{"number":"' .. number .. '","type":"THONG_TU","title":"Thông tư thử tải ' .. number
      .. '","issuer":"BNV","issued_date":"2025-03-01","effective_date":"2025-04-15","status":"in_force",'
      .. '"fields":["TIEN_LUONG"],"summary":"Văn bản do bench/soak.sh tạo"}'
    return wrk.format("POST", "/api/v1/legal-documents", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token}, body)
  end
  return wrk.format("GET", reads[math.random(1, #reads)]())
end

function delay()
  return pause
end
