-- Shared by the bench/wrk/*.lua scripts (loaded with dofile): at the end of a run, prints ONE
-- machine-readable line that bench/run.sh parses (latencies in milliseconds):
--   BENCH_RESULT name=by-id requests=… duration_s=… rps=… mean_ms=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… p999_ms=…
--                max_ms=… non2xx=… err_connect=… err_read=… err_write=… err_timeout=… bytes=…
-- wrk's own "--latency" table is printed as usual above it.
bench_name = os.getenv("BENCH_NAME") or "wrk"

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  local function ms(us) return us / 1000.0 end
  io.write(string.format(
    "BENCH_RESULT name=%s requests=%d duration_s=%.2f rps=%.1f mean_ms=%.3f p50_ms=%.3f p90_ms=%.3f "
      .. "p95_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f non2xx=%d err_connect=%d err_read=%d err_write=%d "
      .. "err_timeout=%d bytes=%d\n",
    bench_name, summary.requests, secs, summary.requests / secs, ms(latency.mean),
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)),
    ms(latency:percentile(99)),
    ms(latency:percentile(99.9)), ms(latency.max), e.status, e.connect, e.read, e.write, e.timeout,
    summary.bytes))
end
