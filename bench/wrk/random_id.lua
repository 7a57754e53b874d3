-- wrk: GET <WRK_PREFIX><random id in WRK_MIN_ID..WRK_MAX_ID><WRK_SUFFIX>
-- Same generator as shared/peers/wrk_random_id.lua (one random id per request, seeded per thread),
-- plus the BENCH_RESULT line of report.lua. Headers given with wrk -H are kept.
--   WRK_PREFIX=/api/v1/legal-documents/ WRK_MAX_ID=1000000 BENCH_NAME=by-id \
--     wrk --latency -t2 -c32 -d30s -s bench/wrk/random_id.lua http://127.0.0.1:18080
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local prefix = os.getenv("WRK_PREFIX") or "/api/v1/legal-documents/"
local suffix = os.getenv("WRK_SUFFIX") or ""
local min_id = tonumber(os.getenv("WRK_MIN_ID") or "1")
local max_id = tonumber(os.getenv("WRK_MAX_ID") or "1000000")

function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
request = function()
  return wrk.format("GET", prefix .. math.random(min_id, max_id) .. suffix)
end
