-- wrk: GET a random line of the file WRK_PATHS (each line a ready, URL-encoded path and query, e.g. a SPARQL
-- lookup of one subject), prefixed with WRK_PREFIX; plus the BENCH_RESULT line of report.lua.
--   WRK_PATHS=uris.txt WRK_PREFIX='/sparql?query=' wrk --latency -t2 -c32 -d20s -s bench/wrk/paths.lua http://127.0.0.1:18084
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local prefix = os.getenv("WRK_PREFIX") or ""
local lines = {}
for l in io.lines(os.getenv("WRK_PATHS")) do lines[#lines + 1] = l end

function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
request = function()
  return wrk.format("GET", prefix .. lines[math.random(1, #lines)])
end
