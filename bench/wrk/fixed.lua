-- wrk: the URL given on the command line, unchanged, plus the BENCH_RESULT line of report.lua.
--   BENCH_NAME=list wrk --latency -t2 -c32 -d30s -s bench/wrk/fixed.lua \
--     'http://127.0.0.1:18080/api/v1/legal-documents?limit=50'
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
